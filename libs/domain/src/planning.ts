import { isTeam, type Role } from './roles';
import type { FieldIssues } from './validation';

export const EVENT_STATUSES = ['REQUESTED', 'PLANNED', 'DECLINED', 'CANCELLED', 'DONE'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** The event life cycle. A request is decided (planned or declined); a planned event is cancelled or done. */
export const EVENT_TRANSITIONS: Record<EventStatus, readonly EventStatus[]> = {
  REQUESTED: ['PLANNED', 'DECLINED'],
  PLANNED: ['CANCELLED', 'DONE'],
  DECLINED: [],
  CANCELLED: [],
  DONE: [],
};

/** The events a liaison sees besides their own requests: what the team has decided to do (or did). */
export const LIAISON_VISIBLE_EVENT_STATUSES: readonly EventStatus[] = ['PLANNED', 'DONE', 'CANCELLED'];

/** The media team sees every event; a liaison sees planned, done and cancelled ones, and their own requests. */
export function eventVisibleTo(
  viewer: { id: string; role: Role },
  event: { status: EventStatus; requestedById: string | null },
): boolean {
  return (
    isTeam(viewer.role) || event.requestedById === viewer.id || LIAISON_VISIBLE_EVENT_STATUSES.includes(event.status)
  );
}

export const ASSIGNMENT_ROLES = ['COVER', 'WRITE', 'PUBLISH'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

export const ASSIGNMENT_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'DONE'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** The assignee answers a pending job, may change their mind, and marks an accepted job done. */
export const ASSIGNMENT_TRANSITIONS: Record<AssignmentStatus, readonly AssignmentStatus[]> = {
  PENDING: ['ACCEPTED', 'DECLINED'],
  ACCEPTED: ['DONE', 'DECLINED'],
  DECLINED: ['ACCEPTED'],
  DONE: ['ACCEPTED'],
};

export const SLOT_KINDS = ['RUBRIC', 'AD_HOC'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];
export const SLOT_STATUSES = ['OPEN', 'FILLED', 'SKIPPED'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

export const COVERAGES = ['UNCOVERED', 'PARTIAL', 'COVERED', 'NOT_NEEDED'] as const;
export type Coverage = (typeof COVERAGES)[number];

export function canTransition<S extends string>(table: Record<S, readonly S[]>, from: S, to: S): boolean {
  return table[from]?.includes(to) ?? false;
}

/**
 * Coverage is derived, never stored: someone must go there (COVER) and someone must post about it (PUBLISH).
 * Declined jobs do not count.
 */
export function coverageOf(
  notNeeded: boolean,
  assignments: readonly { role: AssignmentRole; status: AssignmentStatus }[],
): Coverage {
  if (notNeeded) return 'NOT_NEEDED';
  const live = assignments.filter((a) => a.status !== 'DECLINED');
  const cover = live.some((a) => a.role === 'COVER');
  const publish = live.some((a) => a.role === 'PUBLISH');
  if (cover && publish) return 'COVERED';
  return cover || publish ? 'PARTIAL' : 'UNCOVERED';
}

/** Default time for a job: attending takes the event plus an hour of travel and sorting material. */
export function defaultEstimatedMinutes(role: AssignmentRole, eventMinutes?: number | null): number {
  switch (role) {
    case 'COVER':
      return Math.max(0, Math.round(eventMinutes ?? 60)) + 60;
    case 'WRITE':
      return 60;
    case 'PUBLISH':
      return 20;
  }
}

export const PLANNING_DEFAULTS = {
  /** Working days the media team has to answer a request. */
  responseWorkingDays: 3,
  /** A request for an event sooner than this is accepted but flagged late. */
  minimumLeadDays: 10,
  /** Days ahead to which rubric slots are materialised. */
  horizonDays: 400,
  /** Share of a week's publications to keep free for ad-hoc items (0–1). */
  freeRoomTargetShare: 0.2,
  /** Longest range the calendar answers for. */
  maxRangeDays: 400,
} as const;

/** A range a query answers for (calendar, gaps, workload, my work): `to` after `from`, at most `maxRangeDays` long. */
export function checkRange(from: Date, to: Date): FieldIssues {
  if (to <= from) return { to: { code: 'endBeforeStart' } };
  const maxDays = PLANNING_DEFAULTS.maxRangeDays;
  return to.getTime() - from.getTime() > maxDays * 86400_000 ? { to: { code: 'rangeTooLong', maxDays } } : {};
}

export interface PlanningBalanceCounts {
  rubric: number;
  eventBound: number;
  adHocFilled: number;
  adHocFree: number;
}

/** The share of a week still free for ad-hoc items, and whether it is below target. */
export function freeRoomShare(counts: PlanningBalanceCounts): number {
  const total = counts.rubric + counts.eventBound + counts.adHocFilled + counts.adHocFree;
  return total === 0 ? 1 : counts.adHocFree / total;
}
