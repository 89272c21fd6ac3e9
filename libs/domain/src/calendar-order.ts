/** What ordering a thing on the calendar needs: when it starts, whether it lasts all day, what it is. */
export interface CalendarOrderable {
  /** An ISO 8601 timestamp with its offset. */
  startsAt: string;
  allDay: boolean;
  /** Breaks ties between items that start at the same moment (events before slots before posts). */
  kind: 'event' | 'rubric' | 'adHoc' | 'post';
  /** A stable last resort, so the same items always come out in the same order. */
  key: string;
}

const KIND_ORDER: Record<CalendarOrderable['kind'], number> = { event: 0, rubric: 1, adHoc: 1, post: 2 };

/**
 * The one order of calendar items, in every view and list: all-day items first, then by the moment they start
 * (events, slots and posts mixed), then events before slots before posts, then by key.
 */
export function compareCalendarItems(a: CalendarOrderable, b: CalendarOrderable): number {
  return (
    Number(b.allDay) - Number(a.allDay) ||
    Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** A sorted copy in the calendar's order. */
export function sortCalendarItems<T extends CalendarOrderable>(items: readonly T[]): T[] {
  return [...items].sort(compareCalendarItems);
}
