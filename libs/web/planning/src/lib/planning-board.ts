import { defaultEstimatedMinutes, type AssignmentRole } from '@planbord/domain';

export type CoverageValue = 'UNCOVERED' | 'PARTIAL' | 'COVERED' | 'NOT_NEEDED';

const COVERAGE_RANK: Record<CoverageValue, number> = { UNCOVERED: 0, PARTIAL: 1, COVERED: 2, NOT_NEEDED: 2 };

/** Gaps first: uncovered, then partly covered, then covered or not needed; within each, by start. */
export function byGapsFirst<T extends { coverage: CoverageValue; startsAt: string; id: string }>(
  events: readonly T[],
): T[] {
  return [...events].sort(
    (a, b) =>
      COVERAGE_RANK[a.coverage] - COVERAGE_RANK[b.coverage] ||
      a.startsAt.localeCompare(b.startsAt) ||
      a.id.localeCompare(b.id),
  );
}

/** Minutes as "3 u 20 min" style parts: whole hours and the rest. */
export function hoursAndMinutes(minutes: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.round(minutes));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}

export interface WorkloadLike {
  minutes: number;
  capacityMinutes: number;
  conflicts: readonly unknown[];
}

/** How full someone is: the share of capacity used, and whether they are over it or double-booked. */
export function workloadState(workload: WorkloadLike): { share: number; over: boolean; clashes: number } {
  const share =
    workload.capacityMinutes > 0 ? workload.minutes / workload.capacityMinutes : workload.minutes > 0 ? Infinity : 0;
  return { share, over: workload.minutes > workload.capacityMinutes, clashes: workload.conflicts.length };
}

/** Do two time ranges overlap (touching ends do not)? */
export function overlaps(a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }): boolean {
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);
}

/**
 * The minutes a new job adds, as the server will count them: the minutes typed, or else the role's default from the
 * length of what it is for (`basisMinutes`: an event's duration, 240 for an all-day event, a rubric's duration).
 */
export function estimatedMinutes(role: AssignmentRole, typed: string, basisMinutes: number): number {
  const value = typed.trim() === '' ? NaN : Number(typed);
  return Number.isFinite(value) && value >= 0 ? Math.round(value) : defaultEstimatedMinutes(role, basisMinutes);
}

/** The person's load in the period once the job is added, before it is saved: "8 u van 6 u, boven de beschikbare tijd". */
export function workloadAfter(
  load: WorkloadLike,
  addedMinutes: number,
): { minutes: number; capacityMinutes: number; over: boolean } {
  const minutes = load.minutes + addedMinutes;
  return { minutes, capacityMinutes: load.capacityMinutes, over: minutes > load.capacityMinutes };
}
