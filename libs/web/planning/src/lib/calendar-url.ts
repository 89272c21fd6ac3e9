import { isUuid, isValidDate } from '@planbord/domain';
import type { CalendarView } from './calendar-grid';

export type ColorMode = 'theme' | 'department';
export type ItemRef = { kind: 'event' | 'slot'; id: string };

export interface CalendarFilterState {
  departmentIds: string[];
  channelIds: string[];
  themeIds: string[];
  userIds: string[];
}

/** Everything the calendar shows is in the address, so a view can be bookmarked, shared and reloaded. */
export interface CalendarUrlState extends CalendarFilterState {
  view: CalendarView;
  /** A day in the period shown; null: today. */
  date: string | null;
  color: ColorMode;
  item: ItemRef | null;
}

const VIEWS: readonly CalendarView[] = ['month', 'week', 'list'];
const LIST_PARAMS = { departmentIds: 'afdeling', channelIds: 'kanaal', themeIds: 'thema', userIds: 'persoon' } as const;
// The API takes only UUIDs as ids: anything else in a hand-edited address is dropped here.
function ids(value: string | null): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(',')
        .map((id) => id.trim())
        .filter(isUuid),
    ),
  ];
}

export function parseItemRef(value: string | null): ItemRef | null {
  const match = value?.match(/^(event|slot):(.+)$/);
  return match && isUuid(match[2]) ? { kind: match[1] as ItemRef['kind'], id: match[2] } : null;
}

export function formatItemRef(ref: ItemRef): string {
  return `${ref.kind}:${ref.id}`;
}

/** Reads the calendar's state from a query string; anything unknown or malformed falls back to the default. */
export function parseCalendarUrl(params: URLSearchParams): CalendarUrlState {
  const view = params.get('weergave');
  const date = params.get('datum');
  return {
    view: VIEWS.includes(view as CalendarView) ? (view as CalendarView) : 'month',
    date: date && isValidDate(date) ? date : null,
    color: params.get('kleur') === 'afdeling' ? 'department' : 'theme',
    departmentIds: ids(params.get(LIST_PARAMS.departmentIds)),
    channelIds: ids(params.get(LIST_PARAMS.channelIds)),
    themeIds: ids(params.get(LIST_PARAMS.themeIds)),
    userIds: ids(params.get(LIST_PARAMS.userIds)),
    item: parseItemRef(params.get('item')),
  };
}

/** Writes the state back, leaving defaults out so a plain /kalender stays plain. Other parameters are kept. */
export function writeCalendarUrl(
  state: CalendarUrlState,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (name: string, value: string | null) => (value ? params.set(name, value) : params.delete(name));
  set('weergave', state.view === 'month' ? null : state.view);
  set('datum', state.date);
  set('kleur', state.color === 'department' ? 'afdeling' : null);
  for (const [key, name] of Object.entries(LIST_PARAMS) as [keyof CalendarFilterState, string][]) {
    set(name, state[key].length ? state[key].join(',') : null);
  }
  set('item', state.item ? formatItemRef(state.item) : null);
  return params;
}

/** The filter as the `calendar` query takes it, or null when nothing is filtered. */
export function calendarFilter(state: CalendarFilterState): Partial<CalendarFilterState> | null {
  const filter: Partial<CalendarFilterState> = {};
  for (const key of ['departmentIds', 'channelIds', 'themeIds', 'userIds'] as const) {
    if (state[key].length) filter[key] = state[key];
  }
  return Object.keys(filter).length ? filter : null;
}

/** The server's export of what the calendar shows: the same range and filters, as CSV or an Excel workbook. */
export function calendarExportHref(
  format: 'csv' | 'xlsx',
  from: string,
  to: string,
  filter: Partial<CalendarFilterState> | null,
): string {
  const params = new URLSearchParams({ from, to });
  for (const [key, ids] of Object.entries(filter ?? {})) params.set(key, ids.join(','));
  return `/export/calendar.${format}?${params.toString()}`;
}

/** Where a calendar kept elsewhere (Excel, CSV) comes in. */
export const CALENDAR_IMPORT_PATH = '/kalender/importeren';
