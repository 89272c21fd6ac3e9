import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useFormat, VisuallyHidden, type CalendarDate } from '@planbord/web-ui';
import { useT } from '../i18n';
import { dayAfterKey, visibleInCell } from '../lib/calendar-grid';
import type { CalendarEntry } from '../lib/calendar-items';
import { CalendarItemButton, DRAG_TYPE } from './CalendarItemButton';

export interface CalendarGridProps {
  /** Weeks of seven dates, Monday first. */
  weeks: CalendarDate[][];
  /** The month shown (YYYY-MM), to mute the days of the months around it; null in the week view. */
  month: string | null;
  byDay: Map<CalendarDate, CalendarEntry[]>;
  today: CalendarDate;
  /** Public holidays of the planning country in the weeks shown, by date: their names are marked on the day. */
  holidays?: ReadonlyMap<CalendarDate, string>;
  /** Items a day shows before "+n meer"; the week view shows all. */
  maxPerDay: number;
  labelledBy: string;
  focusedDate: CalendarDate;
  /** A new day to focus; outside the weeks shown the page moves to its period first. */
  onFocusDate: (date: CalendarDate) => void;
  onOpen: (entry: CalendarEntry) => void;
  colorLabel: (entry: CalendarEntry) => string | null;
  canMove: (entry: CalendarEntry) => boolean;
  onMove: (key: string, date: CalendarDate) => void;
  /** Posts link to their editor (for those who may open posts). */
  postLinks: boolean;
}

/**
 * The month or week as a grid of days. One day is in the tab order at a time (roving tabindex): arrow keys move
 * between days, Home/End to the start or end of the week, PageUp/PageDown a month; Enter opens the day's first item;
 * Tab goes into the focused day's items. "+n meer" opens the rest of that day in place, in the same cell.
 */
export function CalendarGrid(props: CalendarGridProps) {
  const {
    weeks,
    month,
    byDay,
    today,
    holidays,
    maxPerDay,
    labelledBy,
    focusedDate,
    onFocusDate,
    onOpen,
    colorLabel,
    canMove,
    onMove,
    postLinks,
  } = props;
  const t = useT();
  const { formatLocalDate, formatWeekday } = useFormat();
  const cells = useRef(new Map<CalendarDate, HTMLDivElement>());
  const wantsFocus = useRef(false);
  const [dropTarget, setDropTarget] = useState<CalendarDate | null>(null);
  // The days whose "+n meer" was opened, and the item to focus once it is drawn (the first one that was hidden).
  const [expanded, setExpanded] = useState<ReadonlySet<CalendarDate>>(() => new Set());
  const focusItem = useRef<string | null>(null);
  const days = weeks.flat();
  const tabbable = days.includes(focusedDate)
    ? focusedDate
    : days.includes(today)
      ? today
      : (days.find((day) => month && day.startsWith(month)) ?? days[0]);

  useEffect(() => {
    if (!wantsFocus.current) return;
    const cell = cells.current.get(focusedDate);
    if (cell) {
      wantsFocus.current = false;
      cell.focus();
    }
  }, [focusedDate, weeks]);

  useEffect(() => {
    const key = focusItem.current;
    if (!key) return;
    focusItem.current = null;
    document.querySelector<HTMLElement>(`.planbord-calendar [data-item="${CSS.escape(key)}"]`)?.focus();
  }, [expanded]);

  const toggleDay = (date: CalendarDate, firstHidden: CalendarEntry | undefined) => {
    const opening = !expanded.has(date);
    focusItem.current = opening && firstHidden ? firstHidden.key : null;
    setExpanded((current) => {
      const next = new Set(current);
      if (opening) next.add(date);
      else next.delete(date);
      return next;
    });
  };

  const onKeyDown = (date: CalendarDate, event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      const first = byDay.get(date)?.[0];
      if (first) {
        event.preventDefault();
        onOpen(first);
      }
      return;
    }
    const next = dayAfterKey(date, event.key);
    if (!next) return;
    event.preventDefault();
    wantsFocus.current = true;
    onFocusDate(next);
  };

  const dragProps = (date: CalendarDate) => ({
    onDragOver: (event: DragEvent<HTMLDivElement>) => {
      if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (dropTarget !== date) setDropTarget(date);
    },
    onDragLeave: (event: DragEvent<HTMLDivElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null))
        setDropTarget((current) => (current === date ? null : current));
    },
    onDrop: (event: DragEvent<HTMLDivElement>) => {
      const key = event.dataTransfer.getData(DRAG_TYPE);
      setDropTarget(null);
      if (!key) return;
      event.preventDefault();
      onMove(key, date);
    },
  });

  return (
    <div
      role="grid"
      aria-labelledby={labelledBy}
      className={`planbord-calendar${month ? '' : ' planbord-calendar--week'}`}
    >
      <div role="row" className="planbord-calendar__row planbord-calendar__row--head">
        {weeks[0].map((date) => (
          <div role="columnheader" key={date} className="planbord-calendar__weekday">
            <span aria-hidden="true">{formatWeekday(date, 'short')}</span>
            <VisuallyHidden>{formatWeekday(date, 'long')}</VisuallyHidden>
          </div>
        ))}
      </div>
      {weeks.map((week) => (
        <div role="row" key={week[0]} className="planbord-calendar__row">
          {week.map((date) => {
            const items = byDay.get(date) ?? [];
            const isExpanded = expanded.has(date);
            const cut = visibleInCell(items, maxPerDay);
            const shown = isExpanded ? items : cut.shown;
            const hidden = cut.hidden;
            const isToday = date === today;
            const outside = month != null && !date.startsWith(month);
            const focused = date === tabbable;
            const dateText = formatLocalDate(date);
            const holiday = holidays?.get(date);
            const label = [
              dateText,
              isToday ? t('calendar.todayMark') : null,
              holiday ? t('calendar.holiday', { name: holiday }) : null,
              items.length === 0
                ? t('calendar.dayEmpty')
                : items.length === 1
                  ? t('calendar.dayOne')
                  : t('calendar.dayCount', { count: items.length }),
            ]
              .filter(Boolean)
              .join(', ');
            return (
              <div
                role="gridcell"
                key={date}
                ref={(element) => {
                  if (element) cells.current.set(date, element);
                  else cells.current.delete(date);
                }}
                tabIndex={focused ? 0 : -1}
                aria-current={isToday ? 'date' : undefined}
                data-date={date}
                className={[
                  'planbord-calendar__day',
                  outside && 'planbord-calendar__day--outside',
                  isToday && 'planbord-calendar__day--today',
                  holiday && 'planbord-calendar__day--holiday',
                  dropTarget === date && 'planbord-calendar__day--drop',
                ]
                  .filter(Boolean)
                  .join(' ')}
                onFocus={(event) => {
                  if (event.target === event.currentTarget && date !== focusedDate) onFocusDate(date);
                }}
                onKeyDown={(event) => onKeyDown(date, event)}
                {...dragProps(date)}
              >
                <VisuallyHidden>{label}</VisuallyHidden>
                <div className="planbord-calendar__date" aria-hidden="true">
                  <span className="planbord-calendar__day-number">{Number(date.slice(8))}</span>
                  {isToday ? <span className="planbord-calendar__today-label">{t('calendar.todayMark')}</span> : null}
                  {holiday ? <span className="planbord-calendar__holiday">{holiday}</span> : null}
                </div>
                <div className="planbord-calendar__items">
                  {shown.map((entry) => (
                    <CalendarItemButton
                      key={entry.key}
                      entry={entry}
                      colorLabel={colorLabel(entry)}
                      onOpen={onOpen}
                      draggable={canMove(entry)}
                      tabIndex={focused ? 0 : -1}
                      roomy={!month}
                      postLinks={postLinks}
                    />
                  ))}
                  {hidden > 0 ? (
                    <button
                      type="button"
                      className="planbord-calendar__more"
                      tabIndex={focused ? 0 : -1}
                      aria-expanded={isExpanded}
                      onClick={() => toggleDay(date, items[cut.shown.length])}
                    >
                      {isExpanded ? t('calendar.less') : t('calendar.more', { count: hidden })}{' '}
                      <VisuallyHidden>
                        {isExpanded
                          ? t('calendar.lessSuffix', { date: dateText })
                          : t('calendar.moreSuffix', { date: dateText })}
                      </VisuallyHidden>
                    </button>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
