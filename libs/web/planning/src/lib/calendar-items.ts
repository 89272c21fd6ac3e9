import { addDays } from '@planbord/domain';
import type {
  CalendarEventFieldsFragment,
  CalendarPostFieldsFragment,
  CalendarSlotFieldsFragment,
} from '@planbord/web-graphql';
import type { OrgTime } from '@planbord/web-ui';
import type { Placeable } from './calendar-grid';
import type { ColorMode, ItemRef } from './calendar-url';

export type EntryKind = 'event' | 'rubric' | 'adHoc' | 'post';

/** What an entry opens: an event or slot in the drawer, a post in the publishing editor. */
export type EntryRef = ItemRef | { kind: 'post'; id: string };

/**
 * The post editor's address. Planning does not import the publishing feature (the app composes them), so the calendar
 * links to the editor by its URL.
 */
export function postPath(id: string): string {
  return `/berichten/${encodeURIComponent(id)}`;
}

/** One thing on the calendar, an event, a slot or a post, in the shape the views draw. */
export interface CalendarEntry extends Placeable {
  ref: EntryRef;
  kind: EntryKind;
  title: string;
  /** `HH:mm` on the organisation's clock; null for all-day events. */
  time: string | null;
  endsAt: string | null;
  version: number;
  /** What the colour stands for (a theme or department), or null when the item has none. */
  colorOf: { id: string; name: string; color: string } | null;
  event: CalendarEventFieldsFragment | null;
  slot: CalendarSlotFieldsFragment | null;
  post: CalendarPostFieldsFragment | null;
  /** Everyone assigned and not declined, once each, in order of role. */
  people: { id: string; name: string }[];
}

const ROLE_ORDER = { COVER: 0, WRITE: 1, PUBLISH: 2 } as const;

function peopleOf(assignments: CalendarEventFieldsFragment['assignments']): { id: string; name: string }[] {
  const seen = new Set<string>();
  return [...assignments]
    .filter((assignment) => assignment.status !== 'DECLINED')
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role])
    .map((assignment) => assignment.user)
    .filter((user) => (seen.has(user.id) ? false : (seen.add(user.id), true)));
}

export function eventEntry(
  event: CalendarEventFieldsFragment,
  colorMode: ColorMode,
  { dateOf, timeOf }: OrgTime,
): CalendarEntry {
  const firstDay = event.allDay && event.startDate ? event.startDate : dateOf(event.startsAt);
  // An all-day event ends on the day before its exclusive end date; a timed one on the day its last minute is in.
  const lastDay =
    event.allDay && event.endDate ? addDays(event.endDate, -1) : dateOf(new Date(Date.parse(event.endsAt) - 60_000));
  const theme = event.themes[0] ?? null;
  return {
    key: `event:${event.id}`,
    ref: { kind: 'event', id: event.id },
    kind: 'event',
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    firstDay,
    lastDay: lastDay < firstDay ? firstDay : lastDay,
    allDay: event.allDay,
    time: event.allDay ? null : timeOf(event.startsAt),
    version: event.version,
    colorOf: colorMode === 'theme' ? theme : event.department,
    event,
    slot: null,
    post: null,
    people: peopleOf(event.assignments),
  };
}

export function slotEntry(
  slot: CalendarSlotFieldsFragment,
  colorMode: ColorMode,
  { dateOf, timeOf }: OrgTime,
): CalendarEntry {
  const day = dateOf(slot.startsAt);
  const isRubric = slot.kind === 'RUBRIC';
  return {
    key: `slot:${slot.id}`,
    ref: { kind: 'slot', id: slot.id },
    kind: isRubric ? 'rubric' : 'adHoc',
    title: slot.title || slot.rubric?.name || '',
    startsAt: slot.startsAt,
    endsAt: null,
    firstDay: day,
    lastDay: day,
    allDay: false,
    time: timeOf(slot.startsAt),
    version: slot.version,
    colorOf: colorMode === 'theme' ? (slot.rubric?.theme ?? null) : null,
    event: null,
    slot,
    post: null,
    people: peopleOf(slot.assignments),
  };
}

/**
 * A post on the day it went out, or else the day it is planned for; null for a post with neither (a draft without a
 * time has no place in the calendar). Its colour is its status, so it has no theme or department colour.
 */
export function postEntry(post: CalendarPostFieldsFragment, { dateOf, timeOf }: OrgTime): CalendarEntry | null {
  const at = post.publishedAt ?? post.plannedAt;
  if (!at) return null;
  const day = dateOf(at);
  return {
    key: `post:${post.id}`,
    ref: { kind: 'post', id: post.id },
    kind: 'post',
    title: post.title,
    startsAt: at,
    endsAt: null,
    firstDay: day,
    lastDay: day,
    allDay: false,
    time: timeOf(at),
    version: post.version,
    colorOf: null,
    event: null,
    slot: null,
    post,
    people: [],
  };
}

/** Everything in a calendar answer as entries; cancelled and declined events stay out of the grid. */
export function calendarEntries(
  calendar: {
    events: readonly CalendarEventFieldsFragment[];
    slots: readonly CalendarSlotFieldsFragment[];
    posts: readonly CalendarPostFieldsFragment[];
  },
  colorMode: ColorMode,
  time: OrgTime,
): CalendarEntry[] {
  return [
    ...calendar.events
      .filter((event) => event.status !== 'CANCELLED' && event.status !== 'DECLINED')
      .map((event) => eventEntry(event, colorMode, time)),
    ...calendar.slots.map((slot) => slotEntry(slot, colorMode, time)),
    ...calendar.posts.map((post) => postEntry(post, time)).filter((entry): entry is CalendarEntry => entry !== null),
  ];
}

/** The colours in use, for the legend: each theme or department once, by name. */
export function legendOf(entries: readonly CalendarEntry[]): { id: string; name: string; color: string }[] {
  const byId = new Map<string, { id: string; name: string; color: string }>();
  for (const entry of entries) if (entry.colorOf) byId.set(entry.colorOf.id, entry.colorOf);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
