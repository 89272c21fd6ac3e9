import { addDays, compareCalendarItems, mondayOf, type CalendarOrderable } from '@planbord/domain';
import { daysBetween, type CalendarDate } from '@planbord/web-ui';

export type CalendarView = 'month' | 'week' | 'list';

export function firstOfMonth(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 8)}01`;
}

/** The same day in another month, clamped to that month's length (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** The weeks (Monday to Sunday) a month view shows: every week that holds a day of the month. */
export function monthGrid(anchor: CalendarDate): CalendarDate[][] {
  const first = firstOfMonth(anchor);
  const last = addDays(addMonths(first, 1), -1);
  const weeks: CalendarDate[][] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
  }
  return weeks;
}

export function weekDays(anchor: CalendarDate): CalendarDate[] {
  const monday = mondayOf(anchor);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The dates a view covers: `from` inclusive, `to` exclusive. The list view lists the anchor's month. */
export function visibleDates(view: CalendarView, anchor: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  if (view === 'week') {
    const monday = mondayOf(anchor);
    return { from: monday, to: addDays(monday, 7) };
  }
  if (view === 'list') {
    const first = firstOfMonth(anchor);
    return { from: first, to: addMonths(first, 1) };
  }
  const weeks = monthGrid(anchor);
  return { from: weeks[0][0], to: addDays(weeks[weeks.length - 1][6], 1) };
}

/** The anchor one step back or forward: a month in the month and list views, a week in the week view. */
export function stepAnchor(view: CalendarView, anchor: CalendarDate, step: -1 | 1): CalendarDate {
  return view === 'week' ? addDays(anchor, 7 * step) : addMonths(anchor, step);
}

/** Where the focus goes in a grid of days on an arrow, Home/End or PageUp/PageDown key; null for other keys. */
export function dayAfterKey(date: CalendarDate, key: string): CalendarDate | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return mondayOf(date);
    case 'End':
      return addDays(mondayOf(date), 6);
    case 'PageUp':
      return addMonths(date, -1);
    case 'PageDown':
      return addMonths(date, 1);
    default:
      return null;
  }
}

/** An item on the calendar reduced to what placing it needs: when it starts and, for spans, its first and last day. */
export interface Placeable extends CalendarOrderable {
  firstDay: CalendarDate;
  /** The last day it is on (inclusive). */
  lastDay: CalendarDate;
}

/**
 * Puts every item on each visible day it lies on, each day in the calendar's one order (`compareCalendarItems`). A long
 * event is capped to the visible range.
 */
export function itemsByDay<T extends Placeable>(
  items: readonly T[],
  from: CalendarDate,
  to: CalendarDate,
): Map<CalendarDate, T[]> {
  const days = new Map<CalendarDate, T[]>();
  for (const item of items) {
    const first = item.firstDay < from ? from : item.firstDay;
    const lastVisible = addDays(to, -1);
    const last = item.lastDay > lastVisible ? lastVisible : item.lastDay;
    for (let day = first, n = 0; day <= last && n <= daysBetween(from, to); day = addDays(day, 1), n++) {
      const list = days.get(day) ?? [];
      list.push(item);
      days.set(day, list);
    }
  }
  for (const list of days.values()) {
    list.sort(compareCalendarItems);
  }
  return days;
}

/** The items a month cell shows, and how many more it hides behind "+n meer". */
export function visibleInCell<T>(items: readonly T[], max: number): { shown: T[]; hidden: number } {
  if (items.length <= max) return { shown: [...items], hidden: 0 };
  // The "+n more" line takes the place of one item.
  return { shown: items.slice(0, max - 1), hidden: items.length - (max - 1) };
}
