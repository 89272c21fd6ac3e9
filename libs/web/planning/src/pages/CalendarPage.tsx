import { useCallback, useId, useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router-dom';
import { addDays, can } from '@planbord/domain';
import { failureFacts, useCalendarChanged, useCurrentUser, useHolidays } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ColorSwatch,
  daysBetween,
  describeFailure,
  DownloadLink,
  EmptyState,
  NARROW_SCREEN,
  PageHeader,
  QueryFailure,
  Spinner,
  ToggleGroup,
  useFormat,
  useMediaQuery,
  useOrgTime,
  type CalendarDate,
  type Formats,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { CalendarAgenda } from '../components/CalendarAgenda';
import { CalendarFilters } from '../components/CalendarFilters';
import { CalendarGrid } from '../components/CalendarGrid';
import { CalendarList } from '../components/CalendarList';
import { ItemDrawer } from '../components/ItemDrawer';
import { useCalendar } from '../hooks/useCalendar';
import { useMoveSlot } from '../hooks/useMoveSlot';
import { PLANNING_QUERIES } from '../hooks/planning-queries';
import { useUpdateEvent } from '../hooks/useUpdateEvent';
import {
  firstOfMonth,
  addMonths,
  monthGrid,
  stepAnchor,
  visibleDates,
  weekDays,
  itemsByDay,
  type CalendarView,
} from '../lib/calendar-grid';
import { calendarEntries, legendOf, postPath, type CalendarEntry } from '../lib/calendar-items';
import {
  CALENDAR_IMPORT_PATH,
  calendarExportHref,
  calendarFilter,
  parseCalendarUrl,
  writeCalendarUrl,
  type CalendarUrlState,
  type ColorMode,
  type ItemRef,
} from '../lib/calendar-url';

const MAX_PER_DAY = 3;

/** The Kalender: the month (or week, or list) with every event and slot, filters in the address, live updates. */
export function CalendarPage() {
  const t = useT();
  const format = useFormat();
  const time = useOrgTime();
  const { shiftByDays, startOfDate } = time;
  const { me } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const state = parseCalendarUrl(params);
  const today = time.today();
  const anchor = state.date ?? today;
  const [focusedDate, setFocusedDate] = useState<CalendarDate>(anchor);
  const [notice, setNotice] = useState<{ type: 'ok' | 'error' | 'warning'; text: string } | null>(null);
  const periodId = useId();
  const canPlan = can(me?.role, 'Mutation.moveSlot');
  const postLinks = can(me?.role, 'Query.post');
  const canImport = can(me?.role, 'Mutation.undoImport');
  const navigate = useNavigate();
  // On a phone every view is an agenda grouped by day: a grid of seven columns does not fit 320 pixels.
  const narrow = useMediaQuery(NARROW_SCREEN);

  const update = useCallback(
    (patch: Partial<CalendarUrlState>, options: { replace?: boolean } = {}) => {
      setParams((current) => writeCalendarUrl({ ...parseCalendarUrl(current), ...patch }, current), {
        replace: options.replace ?? false,
      });
    },
    [setParams],
  );

  const range = visibleDates(state.view, anchor);
  const from = startOfDate(range.from).toISOString();
  const to = startOfDate(range.to).toISOString();
  const holidays = useHolidays(range.from, addDays(range.to, -1));
  const { calendar, loading, error, refetch } = useCalendar(from, to, calendarFilter(state));
  useCalendarChanged(() => PLANNING_QUERIES, 400);
  const [updateEvent] = useUpdateEvent();
  const [moveSlot] = useMoveSlot();

  const entries = useMemo(
    () => (calendar ? calendarEntries(calendar, state.color, time) : []),
    [calendar, state.color, time],
  );
  const byDay = useMemo(() => itemsByDay(entries, range.from, range.to), [entries, range.from, range.to]);
  const legend = useMemo(() => legendOf(entries), [entries]);
  const colorLabel = (entry: CalendarEntry) =>
    entry.colorOf
      ? t(state.color === 'theme' ? 'calendar.colorLabel.theme' : 'calendar.colorLabel.department', {
          name: entry.colorOf.name,
        })
      : null;

  const openItem = (ref: ItemRef | null) => update({ item: ref });
  const openEntry = (entry: CalendarEntry) => {
    if (entry.ref.kind !== 'post') openItem(entry.ref);
    else if (postLinks) navigate(postPath(entry.ref.id));
  };
  const goTo = (date: CalendarDate) => {
    setFocusedDate(date);
    update({ date: date === today ? null : date }, { replace: false });
  };
  const onFocusDate = (date: CalendarDate) => {
    setFocusedDate(date);
    if (date < range.from || date >= range.to) {
      update({ date }, { replace: true });
    }
  };

  // Posts are never dragged: their time is set in the post editor (and scheduling has its own rules).
  const canMove = (entry: CalendarEntry) =>
    canPlan &&
    (entry.event
      ? entry.event.status === 'PLANNED' || entry.event.status === 'REQUESTED'
      : entry.slot
        ? entry.slot.status !== 'SKIPPED'
        : false);

  const onMove = async (key: string, date: CalendarDate) => {
    const entry = entries.find((candidate) => candidate.key === key);
    if (!entry || !canMove(entry)) return;
    const days = daysBetween(entry.firstDay, date);
    if (days === 0) return;
    setNotice(null);
    try {
      if (entry.event) {
        await updateEvent(entry.event.id, entry.event.version, {
          startsAt: shiftByDays(entry.event.startsAt, days),
          endsAt: shiftByDays(entry.event.endsAt, days),
        });
      } else if (entry.slot) {
        await moveSlot(entry.slot.id, entry.slot.version, shiftByDays(entry.slot.startsAt, days));
      }
      setNotice({
        type: 'ok',
        text: t('calendar.move.done', { title: entry.title, date: format.formatLocalDate(date) }),
      });
    } catch (caught) {
      const failure = describeFailure(failureFacts(caught), t, t('drawer.conflict'));
      if (failure.code === 'VERSION_CONFLICT') {
        await refetch();
        setNotice({ type: 'warning', text: t('calendar.move.conflict', { title: entry.title }) });
      } else {
        setNotice({
          type: 'error',
          text: t('calendar.move.failed', { message: Object.values(failure.fields)[0] ?? failure.message }),
        });
      }
    }
  };

  const periodTitle = periodLabel(state.view, anchor, format, t);
  const stepKey = state.view === 'week' ? 'week' : 'month';

  // The month grid also shows the neighbouring months' days; the phone's agenda shows the month's own days only.
  const agenda = narrow ? agendaDays(state.view, anchor, byDay) : null;
  const agendaHasItems = !!agenda?.some(([, items]) => items.length > 0);

  return (
    <>
      <PageHeader title={t('calendar.title')} />
      <div className="planbord-calendar-toolbar">
        <div className="planbord-calendar-toolbar__period">
          <div className="planbord-button-row" role="group" aria-label={t('calendar.periodNavigation')}>
            <Button appearance="secondary" onClick={() => goTo(stepAnchor(state.view, anchor, -1))}>
              <span aria-hidden="true">‹ </span>
              {t(`calendar.previous.${stepKey}`)}
            </Button>
            <Button appearance="secondary" onClick={() => goTo(today)}>
              {t('calendar.today')}
            </Button>
            <Button appearance="secondary" onClick={() => goTo(stepAnchor(state.view, anchor, 1))}>
              {t(`calendar.next.${stepKey}`)}
              <span aria-hidden="true"> ›</span>
            </Button>
          </div>
          <h2 className="utrecht-heading-2 planbord-calendar-toolbar__title" id={periodId} aria-live="polite">
            {periodTitle}
          </h2>
        </div>
        <div className="planbord-calendar-toolbar__switches">
          <ToggleGroup<CalendarView>
            label={t('calendar.views')}
            value={state.view}
            onChange={(view) => update({ view })}
            options={[
              { value: 'month', label: t('calendar.view.month') },
              { value: 'week', label: t('calendar.view.week') },
              { value: 'list', label: t('calendar.view.list') },
            ]}
          />
          <ToggleGroup<ColorMode>
            label={t('calendar.colorBy')}
            value={state.color}
            onChange={(color) => update({ color }, { replace: true })}
            options={[
              { value: 'theme', label: t('calendar.colorBy.theme') },
              { value: 'department', label: t('calendar.colorBy.department') },
            ]}
          />
          {canImport ? (
            <RouterLink className="utrecht-button utrecht-button--secondary-action" to={CALENDAR_IMPORT_PATH}>
              {t('calendar.import')}
            </RouterLink>
          ) : null}
          <div className="planbord-button-row" role="group" aria-label={t('calendar.export')}>
            <DownloadLink href={calendarExportHref('xlsx', from, to, calendarFilter(state))}>
              {t('calendar.export.xlsx')}
            </DownloadLink>
            <DownloadLink href={calendarExportHref('csv', from, to, calendarFilter(state))}>
              {t('calendar.export.csv')}
            </DownloadLink>
          </div>
        </div>
      </div>
      <CalendarFilters value={state} onChange={(filter) => update({ ...filter }, { replace: true })} />
      {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
      {error && !calendar ? (
        <QueryFailure
          facts={failureFacts(error)}
          onRetry={() => void refetch()}
          conflictMessage={t('drawer.conflict')}
        />
      ) : null}
      {error && calendar ? <Alert type="error">{t('calendar.refreshFailed')}</Alert> : null}
      {!calendar && loading ? <Spinner label={t('calendar.loading')} /> : null}
      {calendar ? (
        <div className="planbord-calendar-frame" aria-busy={loading || undefined}>
          {entries.length === 0 || (agenda && !agendaHasItems && state.view !== 'week') ? (
            <EmptyState title={calendarFilter(state) ? t('calendar.emptyFiltered') : t('calendar.empty')}>
              {canPlan ? t('calendar.emptyHintTeam') : null}
            </EmptyState>
          ) : null}
          {agenda ? (
            agendaHasItems || state.view === 'week' ? (
              <CalendarAgenda
                days={agenda}
                holidays={holidays}
                showEmptyDays={state.view === 'week'}
                today={today}
                labelledBy={periodId}
                onOpen={openEntry}
                colorLabel={colorLabel}
                postLinks={postLinks}
              />
            ) : null
          ) : state.view === 'list' ? (
            entries.length ? (
              <CalendarList
                days={[...byDay.entries()].sort(([a], [b]) => a.localeCompare(b))}
                caption={t('calendar.list.caption', { period: periodTitle })}
                holidays={holidays}
                onOpen={openEntry}
                colorLabel={colorLabel}
                postLinks={postLinks}
              />
            ) : null
          ) : (
            <>
              <CalendarGrid
                weeks={state.view === 'week' ? [weekDays(anchor)] : monthGrid(anchor)}
                month={state.view === 'month' ? anchor.slice(0, 7) : null}
                byDay={byDay}
                today={today}
                holidays={holidays}
                maxPerDay={state.view === 'week' ? Infinity : MAX_PER_DAY}
                labelledBy={periodId}
                focusedDate={focusedDate}
                onFocusDate={onFocusDate}
                onOpen={openEntry}
                colorLabel={colorLabel}
                canMove={canMove}
                onMove={(key, date) => void onMove(key, date)}
                postLinks={postLinks}
              />
            </>
          )}
        </div>
      ) : null}
      {calendar && state.view !== 'list' && !narrow ? (
        <p className="planbord-muted planbord-small planbord-calendar-hint">
          {t(canPlan ? 'calendar.keyboardHintTeam' : 'calendar.keyboardHint')}
        </p>
      ) : null}
      {legend.length ? (
        <div
          className="planbord-calendar-legend"
          role="group"
          aria-label={t(state.color === 'theme' ? 'calendar.legend.theme' : 'calendar.legend.department')}
        >
          <span className="planbord-muted planbord-small">
            {t(state.color === 'theme' ? 'calendar.legend.theme' : 'calendar.legend.department')}:
          </span>
          {legend.map((item) => (
            <ColorSwatch key={item.id} color={item.color} label={item.name} />
          ))}
        </div>
      ) : null}
      <ItemDrawer
        item={state.item}
        findSlot={(id) => calendar?.slots.find((slot) => slot.id === id) ?? null}
        onClose={() => openItem(null)}
      />
    </>
  );
}

/** The days an agenda lists: the week's seven, or every day of the month (the grid's days around it left out). */
function agendaDays(
  view: CalendarView,
  anchor: CalendarDate,
  byDay: Map<CalendarDate, CalendarEntry[]>,
): [CalendarDate, CalendarEntry[]][] {
  if (view === 'week') return weekDays(anchor).map((date) => [date, byDay.get(date) ?? []]);
  const first = firstOfMonth(anchor);
  const next = addMonths(first, 1);
  return [...byDay.entries()].filter(([date]) => date >= first && date < next).sort(([a], [b]) => a.localeCompare(b));
}

function periodLabel(view: CalendarView, anchor: CalendarDate, format: Formats, t: ReturnType<typeof useT>): string {
  if (view === 'week') {
    const days = weekDays(anchor);
    return t('calendar.weekTitle', {
      from: format.formatDayMonth(days[0]),
      to: format.formatLocalDate(days[6], { weekday: false }),
    });
  }
  return format.formatMonthYear(anchor);
}
