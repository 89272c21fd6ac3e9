import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { can } from '@planbord/domain';
import { failureFacts, useCalendarChanged, useCurrentUser, usePeople } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  EmptyState,
  Heading,
  PageHeader,
  QueryFailure,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useFormat,
  useOrgTime,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { BalanceTable } from '../components/BalanceTable';
import { CoverageBadge } from '../components/Badges';
import { ItemDrawer } from '../components/ItemDrawer';
import { PlanningAssignCell } from '../components/PlanningAssignCell';
import { WorkloadSidebar } from '../components/WorkloadSidebar';
import { useCalendar } from '../hooks/useCalendar';
import { usePlanningBalance } from '../hooks/usePlanningBalance';
import { PLANNING_QUERIES } from '../hooks/planning-queries';
import { useWorkload } from '../hooks/useWorkload';
import { addMonths, firstOfMonth } from '../lib/calendar-grid';
import { formatItemRef, parseItemRef } from '../lib/calendar-url';
import { byGapsFirst } from '../lib/planning-board';

/** The planning meeting board: next month's events with gaps first, who is busy, and the balance per week. */
export function PlanningPage() {
  const t = useT();
  const { formatDate, formatMonthYear, formatTime } = useFormat();
  const { startOfDate, today } = useOrgTime();
  const { me } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const requested = params.get('maand');
  const month =
    requested && /^\d{4}-(0[1-9]|1[0-2])$/.test(requested) ? `${requested}-01` : addMonths(firstOfMonth(today()), 1);
  const item = parseItemRef(params.get('item'));
  const from = startOfDate(month).toISOString();
  const to = startOfDate(addMonths(month, 1)).toISOString();
  const { calendar, loading, error, refetch } = useCalendar(from, to, null);
  const { workload, loading: workloadLoading } = useWorkload(from, to);
  const { weeks } = usePlanningBalance(from, to);
  const team = usePeople({ team: true }).people ?? [];
  useCalendarChanged(() => PLANNING_QUERIES, 400);
  const [notice, setNotice] = useState<string | null>(null);
  const canPlan = can(me?.role, 'Mutation.assign');
  const monthName = formatMonthYear(month);

  const events = useMemo(
    () =>
      byGapsFirst((calendar?.events ?? []).filter((event) => event.status === 'PLANNED' || event.status === 'DONE')),
    [calendar],
  );
  const gaps = events.filter((event) => event.coverage === 'UNCOVERED' || event.coverage === 'PARTIAL').length;

  const setParam = (name: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  const stepMonth = (step: number) => setParam('maand', addMonths(month, step).slice(0, 7));

  return (
    <>
      <PageHeader title={t('planning.title')} intro={t('planning.intro', { month: monthName })} />
      <div className="planbord-calendar-toolbar">
        <div className="planbord-calendar-toolbar__period">
          <div className="planbord-button-row" role="group" aria-label={t('calendar.periodNavigation')}>
            <Button onClick={() => stepMonth(-1)}>
              <span aria-hidden="true">‹ </span>
              {t('calendar.previous.month')}
            </Button>
            <Button onClick={() => setParam('maand', null)}>{t('planning.nextMonthButton')}</Button>
            <Button onClick={() => stepMonth(1)}>
              {t('calendar.next.month')}
              <span aria-hidden="true"> ›</span>
            </Button>
          </div>
          <h2 className="utrecht-heading-2 planbord-calendar-toolbar__title" aria-live="polite">
            {monthName}
          </h2>
        </div>
        {calendar ? (
          <p className="planbord-planning-summary">{t('planning.summary', { count: events.length, gaps })}</p>
        ) : null}
      </div>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <div className="planbord-planning-layout">
        <div className="planbord-planning-layout__main">
          {error && !calendar ? (
            <QueryFailure
              facts={failureFacts(error)}
              onRetry={() => void refetch()}
              conflictMessage={t('drawer.conflict')}
            />
          ) : null}
          {!calendar && loading ? <Spinner label={t('app.loading')} /> : null}
          {calendar && events.length === 0 ? <EmptyState title={t('planning.empty', { month: monthName })} /> : null}
          {events.length ? (
            <Table caption={t('planning.tableCaption', { month: monthName })}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('planning.col.event')}</TableHeaderCell>
                  <TableHeaderCell>{t('planning.col.coverage')}</TableHeaderCell>
                  <TableHeaderCell>{t('job.COVER')}</TableHeaderCell>
                  <TableHeaderCell>{t('job.PUBLISH')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {events.map((event) => (
                  <TableRow key={event.id}>
                    <TableHeaderCell scope="row" className="planbord-planning-event">
                      <button
                        type="button"
                        className="planbord-link-button"
                        onClick={() => setParam('item', formatItemRef({ kind: 'event', id: event.id }))}
                      >
                        {event.title}
                      </button>
                      <div className="planbord-muted planbord-small">
                        {formatDate(event.startsAt, { weekday: false })}
                        {event.allDay ? '' : `, ${formatTime(event.startsAt)}`}
                        {event.department ? ` · ${event.department.name}` : ''}
                      </div>
                    </TableHeaderCell>
                    <TableCell>
                      <CoverageBadge coverage={event.coverage} />
                    </TableCell>
                    <TableCell>
                      <PlanningAssignCell
                        event={event}
                        role="COVER"
                        team={team}
                        workload={workload}
                        canPlan={canPlan}
                        onAssigned={setNotice}
                        periodLabel={t('planning.monthPeriod', { month: monthName })}
                      />
                    </TableCell>
                    <TableCell>
                      <PlanningAssignCell
                        event={event}
                        role="PUBLISH"
                        team={team}
                        workload={workload}
                        canPlan={canPlan}
                        onAssigned={setNotice}
                        periodLabel={t('planning.monthPeriod', { month: monthName })}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
          <section aria-labelledby="planning-balance-heading" className="planbord-planning-balance">
            <Heading level={2} id="planning-balance-heading">
              {t('planning.balance')}
            </Heading>
            <p className="planbord-muted planbord-small">{t('planning.balanceIntro')}</p>
            {weeks ? (
              <BalanceTable weeks={weeks} caption={t('planning.balanceCaption', { month: monthName })} />
            ) : (
              <Spinner label={t('app.loading')} />
            )}
          </section>
        </div>
        <WorkloadSidebar workload={workload} loading={workloadLoading} />
      </div>
      <ItemDrawer item={item} findSlot={() => null} onClose={() => setParam('item', null)} />
    </>
  );
}
