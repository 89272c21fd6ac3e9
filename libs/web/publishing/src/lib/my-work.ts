import { addDays, mondayOf } from '@planbord/domain';
import type { OrgTime } from '@planbord/web-ui';

export type WorkRole = 'COVER' | 'WRITE' | 'PUBLISH' | 'REVIEW';

/** One line of "Mijn werk": a job or a post to review, with when it is due and where to do it. */
export interface WorkItem {
  key: string;
  role: WorkRole;
  title: string;
  /** Event start, slot time or the post's planned time; null when not known yet. */
  dueAt: string | null;
  /** An all-day event: its day counts, not the midnight it starts at. */
  allDay?: boolean;
  href: string;
}

export interface WorkDay<T> {
  /** `YYYY-MM-DD` on the organisation's clock, or null for items without a due time. */
  day: string | null;
  items: T[];
}

/** Items grouped per local day, days in order, items by time; items without a time last. */
export function groupByDay<T extends { dueAt: string | null }>(items: readonly T[], { dateOf }: OrgTime): WorkDay<T>[] {
  const byDay = new Map<string | null, T[]>();
  const sorted = [...items].sort((a, b) => (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff') || 0);
  for (const item of sorted) {
    const day = item.dueAt ? dateOf(item.dueAt) : null;
    const list = byDay.get(day) ?? [];
    list.push(item);
    byDay.set(day, list);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([day, list]) => ({ day, items: list }));
}

/** This week and next on the organisation's clock: Monday 00:00 to the Monday two weeks on. */
export function thisWeekAndNext({ today, startOfDate }: OrgTime, now = new Date()): { from: string; to: string } {
  const monday = mondayOf(today(now));
  return { from: startOfDate(monday).toISOString(), to: startOfDate(addDays(monday, 14)).toISOString() };
}

export const CALENDAR_PATH = '/kalender';
export const POST_PATH = '/berichten';

export function calendarItemHref(kind: 'event' | 'slot', id: string): string {
  return `${CALENDAR_PATH}?item=${kind}:${id}`;
}

export function postHref(id: string): string {
  return `${POST_PATH}/${id}`;
}

interface AssignmentLike {
  id: string;
  role: 'COVER' | 'WRITE' | 'PUBLISH';
  event: { id: string; title: string; startsAt: string; allDay?: boolean } | null;
  slot: { id: string; startsAt: string; title: string | null; rubric: { name: string } | null } | null;
  post: { id: string; title: string; plannedAt: string | null } | null;
}

/** What an assignment is about, when it is due and where to go: the post editor for posts, else the calendar item. */
export function assignmentTarget(
  assignment: AssignmentLike,
  untitledSlot: string,
): { title: string; dueAt: string | null; allDay?: boolean; href: string } {
  if (assignment.post)
    return { title: assignment.post.title, dueAt: assignment.post.plannedAt, href: postHref(assignment.post.id) };
  if (assignment.event)
    return {
      title: assignment.event.title,
      dueAt: assignment.event.startsAt,
      allDay: !!assignment.event.allDay,
      href: calendarItemHref('event', assignment.event.id),
    };
  if (assignment.slot) {
    return {
      title: assignment.slot.title ?? assignment.slot.rubric?.name ?? untitledSlot,
      dueAt: assignment.slot.startsAt,
      href: calendarItemHref('slot', assignment.slot.id),
    };
  }
  return { title: untitledSlot, dueAt: null, href: CALENDAR_PATH };
}

/** The editor for a new post, for an event or a slot. */
export function newPostHref(target: { eventId: string } | { slotId: string } | Record<string, never> = {}): string {
  if ('eventId' in target) return `${POST_PATH}/nieuw?eventId=${encodeURIComponent(target.eventId)}`;
  if ('slotId' in target) return `${POST_PATH}/nieuw?slotId=${encodeURIComponent(target.slotId)}`;
  return `${POST_PATH}/nieuw`;
}
