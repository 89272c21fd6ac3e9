import { Link as RouterLink, useParams } from 'react-router-dom';
import { Alert, Button, Heading, linkClassName, useFormat, useOrgTime } from '@planbord/web-ui';
import { useT } from '../i18n';
import { INSIGHTS_ROUTES } from '../routes';
import {
  AdsReport,
  EngagementReport,
  GrowthReport,
  KeyFiguresReport,
  ParticipationReport,
  PlanningReport,
  PostPerformanceReport,
  ThemeBalanceReport,
  WebcareReport,
} from '../components/Reports';
import { parseMonth, periodParam, periodRange, previousPeriod } from '../lib/period';
import { periodLabel } from '../lib/summaries';
import '../reports.css';

/**
 * `/rapportages/maand/YYYY-MM`: one month for the council, made to be printed on A4 — every report's summary, chart
 * and table, each kept on one page.
 */
export function MonthReportPage() {
  const t = useT();
  const f = useFormat();
  const time = useOrgTime();
  const { month } = useParams();
  const period = parseMonth(month);
  if (!period)
    return (
      <div className="planbord-month-report">
        <Heading level={1}>{t('reports.month.invalid')}</Heading>
        <Alert type="error">
          <p className="utrecht-paragraph">{t('reports.month.invalidText')}</p>
        </Alert>
        <p className="utrecht-paragraph">
          <RouterLink className={linkClassName} to={INSIGHTS_ROUTES.reports}>
            {t('reports.month.back')}
          </RouterLink>
        </p>
      </div>
    );
  const previous = previousPeriod(period);
  const range = periodRange(period, time);
  const name = periodLabel(period, t, f);
  return (
    <div className="planbord-month-report">
      <div className="planbord-month-report__actions planbord-button-row">
        <Button appearance="primary" onClick={() => window.print()}>
          {t('reports.month.print')}
        </Button>
        <RouterLink className={linkClassName} to={`${INSIGHTS_ROUTES.reports}?periode=${periodParam(period)}`}>
          {t('reports.month.back')}
        </RouterLink>
      </div>
      <header className="planbord-month-report__header">
        <Heading level={1}>{t('reports.month.title', { month: name })}</Heading>
        <p className="utrecht-paragraph utrecht-paragraph--lead">{t('reports.month.intro', { month: name })}</p>
        <p className="utrecht-paragraph planbord-muted">
          {t('reports.month.generated', { date: f.formatLocalDate(time.today(), { weekday: false }) })}
        </p>
      </header>
      <div className="planbord-reports planbord-reports--print" data-period={periodParam(period)}>
        <KeyFiguresReport
          period={period}
          range={range}
          previous={previous}
          previousRange={periodRange(previous, time)}
        />
        <ThemeBalanceReport period={period} range={range} />
        <WebcareReport period={period} range={range} />
        <EngagementReport period={period} range={range} fixedGroup="CHANNEL" />
        <PlanningReport period={period} range={range} />
        <ParticipationReport period={period} range={range} />
        <PostPerformanceReport period={period} range={range} />
        <AdsReport period={period} />
        <GrowthReport />
      </div>
    </div>
  );
}
