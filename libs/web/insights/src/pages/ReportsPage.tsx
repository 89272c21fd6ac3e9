import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Alert, PageHeader, linkClassName, useFormat, useOrgTime } from '@planbord/web-ui';
import { useT } from '../i18n';
import { monthReportHref } from '../routes';
import { PeriodPicker } from '../components/PeriodPicker';
import {
  AdsReport,
  EngagementReport,
  GrowthReport,
  KeyFiguresReport,
  ParticipationReport,
  PlanningReport,
  ThemeBalanceReport,
  WebcareReport,
} from '../components/Reports';
import {
  monthContaining,
  monthKey,
  parsePeriod,
  periodParam,
  periodRange,
  previousPeriod,
  type Period,
} from '../lib/period';
import { periodLabel } from '../lib/summaries';
import '../reports.css';

/** The address parameter that holds the period, so a chosen period can be shared and survives a reload. */
const PERIOD_PARAM = 'periode';

/** The other reports' pages, each its own route. */
const MORE_REPORTS = [
  { to: '/rapportages/importeren', label: 'reports.link.import' },
  { to: '/rapportages/volgers', label: 'reports.link.followers' },
  { to: '/rapportages/campagnes', label: 'reports.link.campaigns' },
  { to: '/rapportages/evaluaties', label: 'reports.link.evaluations' },
] as const;

/** `/rapportages`: every report of the chosen period (by default this month on the organisation's calendar). */
export function ReportsPage() {
  const t = useT();
  const f = useFormat();
  const time = useOrgTime();
  const [params, setParams] = useSearchParams();
  const asked = params.get(PERIOD_PARAM);
  const parsed = parsePeriod(asked);
  const period = parsed ?? monthContaining(time.today());
  const previous = previousPeriod(period);
  const range = periodRange(period, time);
  const previousRange = periodRange(previous, time);
  const month = monthKey(period);
  const choose = (next: Period) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set(PERIOD_PARAM, periodParam(next));
        return copy;
      },
      { replace: false },
    );
  return (
    <>
      <PageHeader title={t('reports.title')} intro={t('reports.intro')} />
      <nav className="planbord-report-links" aria-label={t('reports.more')}>
        <ul>
          {MORE_REPORTS.map((link) => (
            <li key={link.to}>
              <RouterLink className={linkClassName} to={link.to}>
                {t(link.label)}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      <section className="planbord-card" aria-labelledby="report-period">
        <h2 className="utrecht-heading-2" id="report-period">
          {t('reports.period.legend')}
        </h2>
        {asked && !parsed ? <Alert type="warning">{t('reports.period.unknown')}</Alert> : null}
        <PeriodPicker key={periodParam(period)} period={period} onChange={choose} />
        <p className="utrecht-paragraph" aria-live="polite">
          {t('reports.period.showing', { period: periodLabel(period, t, f), previous: periodLabel(previous, t, f) })}
        </p>
        {month ? (
          <p className="utrecht-paragraph">
            <RouterLink className={linkClassName} to={monthReportHref(month)}>
              {t('reports.period.printMonth')}: {periodLabel(period, t, f)}
            </RouterLink>
          </p>
        ) : null}
      </section>
      <div className="planbord-reports" data-period={periodParam(period)}>
        <KeyFiguresReport period={period} range={range} previous={previous} previousRange={previousRange} />
        <ThemeBalanceReport period={period} range={range} />
        <WebcareReport period={period} range={range} />
        <EngagementReport period={period} range={range} />
        <PlanningReport period={period} range={range} />
        <ParticipationReport period={period} range={range} />
        <AdsReport period={period} />
        <GrowthReport />
      </div>
    </>
  );
}
