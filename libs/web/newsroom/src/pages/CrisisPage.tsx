import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { failureFacts } from '@planbord/web-graphql';
import {
  Card,
  EmptyState,
  Heading,
  PageHeader,
  QueryFailure,
  Spinner,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  ToggleGroup,
  linkClassName,
  useFormat,
  CopyButton,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { NewsroomTabs } from '../components/NewsroomTabs';
import { useCrisisOverview } from '../hooks/useCrisisOverview';
import { useCrisisState } from '../hooks/useCrisisState';
import { useReplyTemplates } from '../hooks/useReplyTemplates';
import { useSignalReceived } from '../hooks/useSignalReceived';
import { NEWSROOM_ROUTES } from '../routes';
import '../newsroom.css';

type Period = 'CURRENT' | 'WEEK';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** `/nieuwsroom/crisis`: the signals of a crisis per hour, what still waits, the busiest topics and holding statements. */
export function CrisisPage() {
  const t = useT();
  const { formatDateTime, formatNumber, formatTime } = useFormat();
  const [period, setPeriod] = useState<Period>('CURRENT');
  const [from, setFrom] = useState<string | null>(null);
  const { crisis } = useCrisisState();
  // Counts follow arriving signals without a reload.
  useSignalReceived();
  const { overview, error, refetch } = useCrisisOverview(from, null);
  const { templates, error: templatesError, refetch: refetchTemplates } = useReplyTemplates();
  const holding = (templates ?? []).filter((template) => template.active);
  const highest = Math.max(1, ...(overview?.perHour ?? []).map((hour) => hour.count));

  return (
    <>
      <PageHeader title={t('newsroom.crisisView.title')} intro={t('newsroom.crisisView.intro')} />
      <NewsroomTabs />
      {crisis ? (
        <p className="utrecht-paragraph" role="status">
          {crisis.active ? (
            <>
              <StatusBadge status="danger">{t('newsroom.crisisView.on')}</StatusBadge>{' '}
              {crisis.since
                ? t('newsroom.crisisView.since', { since: formatDateTime(crisis.since), reason: crisis.reason ?? '' })
                : null}
            </>
          ) : (
            <StatusBadge status="inactive">{t('newsroom.crisisView.off')}</StatusBadge>
          )}
        </p>
      ) : null}
      <ToggleGroup<Period>
        label={t('newsroom.crisisView.period')}
        value={period}
        onChange={(next) => {
          setPeriod(next);
          setFrom(next === 'WEEK' ? new Date(Date.now() - WEEK_MS).toISOString() : null);
        }}
        options={[
          { value: 'CURRENT', label: t('newsroom.crisisView.periodCurrent') },
          { value: 'WEEK', label: t('newsroom.crisisView.periodWeek') },
        ]}
      />
      {error && !overview ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : !overview ? (
        <Spinner label={t('app.loading')} />
      ) : (
        <>
          <Card labelledBy="crisis-counts">
            <Heading level={2} id="crisis-counts">
              {t('newsroom.crisisView.counts')}
            </Heading>
            <p className="utrecht-paragraph planbord-muted">
              {t('newsroom.crisisView.between', {
                from: formatDateTime(overview.from, { weekday: false }),
                to: formatDateTime(overview.to, { weekday: false }),
              })}
            </p>
            <dl className="planbord-crisis-counts">
              <div>
                <dt>{t('newsroom.crisisView.signals')}</dt>
                <dd data-testid="crisis-signals">{formatNumber(overview.signals)}</dd>
              </div>
              <div>
                <dt>{t('newsroom.crisisView.waiting')}</dt>
                <dd data-testid="crisis-waiting">{formatNumber(overview.waiting)}</dd>
              </div>
            </dl>
            {overview.waiting > 0 ? (
              <RouterLink className={linkClassName} to={`${NEWSROOM_ROUTES.inbox}?crisis=ja&antwoord=ja`}>
                {t('newsroom.crisisView.waitingLink', { count: formatNumber(overview.waiting) })}
              </RouterLink>
            ) : null}
          </Card>

          <Card labelledBy="crisis-hours">
            <Heading level={2} id="crisis-hours">
              {t('newsroom.crisisView.perHour')}
            </Heading>
            {overview.signals === 0 ? (
              <EmptyState title={t('newsroom.crisisView.empty')}>{t('newsroom.crisisView.emptyText')}</EmptyState>
            ) : (
              <div className="planbord-crisis-chart" aria-hidden="true">
                {overview.perHour.map((hour) => (
                  <div key={hour.hour} className="planbord-crisis-chart__column">
                    <span className="planbord-crisis-chart__count">{hour.count}</span>
                    <span
                      className="planbord-crisis-chart__bar"
                      style={{ height: `calc((100% - 1rem) * ${hour.count / highest})` }}
                    />
                    <span className="planbord-crisis-chart__hour">{formatTime(hour.hour)}</span>
                  </div>
                ))}
              </div>
            )}
            <Table caption={t('newsroom.crisisView.tableCaption')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('newsroom.crisisView.hour')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('newsroom.crisisView.count')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {overview.perHour.map((hour) => (
                  <TableRow key={hour.hour}>
                    <TableCell>
                      <time dateTime={hour.hour}>{formatDateTime(hour.hour, { weekday: false })}</time>
                    </TableCell>
                    <TableCell>{formatNumber(hour.count)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Card>

          <Card labelledBy="crisis-topics">
            <Heading level={2} id="crisis-topics">
              {t('newsroom.crisisView.topTopics')}
            </Heading>
            {overview.topTopics.length === 0 ? (
              <p className="utrecht-paragraph">{t('newsroom.crisisView.noTopics')}</p>
            ) : (
              <ol className="planbord-crisis-topics">
                {overview.topTopics.map((entry) => (
                  <li key={entry.topic.id}>
                    <RouterLink
                      className={linkClassName}
                      to={`${NEWSROOM_ROUTES.inbox}?status=alle&onderwerp=${encodeURIComponent(entry.topic.id)}`}
                    >
                      {entry.topic.title}
                    </RouterLink>{' '}
                    {t('newsroom.topics.count', { count: formatNumber(entry.count) })}
                  </li>
                ))}
              </ol>
            )}
            <RouterLink className={linkClassName} to={NEWSROOM_ROUTES.topics}>
              {t('newsroom.crisisView.allTopics')}
            </RouterLink>
          </Card>
        </>
      )}

      <Card labelledBy="crisis-holding">
        <Heading level={2} id="crisis-holding">
          {t('newsroom.crisisView.holding')}
        </Heading>
        <p className="utrecht-paragraph planbord-muted">{t('newsroom.crisisView.holdingIntro')}</p>
        {templatesError && !templates ? (
          <QueryFailure facts={failureFacts(templatesError)} onRetry={() => void refetchTemplates()} />
        ) : !templates ? (
          <Spinner label={t('app.loading')} />
        ) : holding.length === 0 ? (
          <p className="utrecht-paragraph">
            {t('newsroom.crisisView.noHolding')}{' '}
            <RouterLink className={linkClassName} to={`${NEWSROOM_ROUTES.settings}/sjablonen`}>
              {t('newsroom.crisisView.templatesLink')}
            </RouterLink>
          </p>
        ) : (
          <ul className="planbord-topic-list">
            {holding.map((template) => (
              <li key={template.id} className="planbord-action-item">
                <Heading level={3}>{template.name}</Heading>
                <p className="utrecht-paragraph planbord-crisis-statement">{template.body}</p>
                <CopyButton text={template.body} label={t('newsroom.crisisView.copy', { name: template.name })} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
