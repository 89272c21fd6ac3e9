import type { BadgeStatus } from '@planbord/web-ui';

export type RequestStatus = 'REQUESTED' | 'PLANNED' | 'DECLINED' | 'CANCELLED' | 'DONE';

/** Each status has its own words next to the colour, so colour never carries the meaning alone. */
export const STATUS_BADGE: Record<RequestStatus, BadgeStatus> = {
  REQUESTED: 'warning',
  PLANNED: 'success',
  DECLINED: 'danger',
  CANCELLED: 'inactive',
  DONE: 'neutral',
};

interface TriageItem {
  status: RequestStatus;
  responseDueAt: string | null;
  requestedAt?: string | null;
}

/** Still open after the date the team promised an answer by. */
export function isOverdue(request: TriageItem, now: Date): boolean {
  return (
    request.status === 'REQUESTED' &&
    request.responseDueAt != null &&
    new Date(request.responseDueAt).getTime() < now.getTime()
  );
}

/** Overdue ones first, then the other open ones by due date, then the decided ones (newest request first). */
export function triageOrder<T extends TriageItem>(requests: readonly T[], now: Date): T[] {
  const rank = (r: T) => (isOverdue(r, now) ? 0 : r.status === 'REQUESTED' ? 1 : 2);
  const due = (r: T) => (r.responseDueAt ? new Date(r.responseDueAt).getTime() : Number.POSITIVE_INFINITY);
  const requested = (r: T) => (r.requestedAt ? new Date(r.requestedAt).getTime() : 0);
  return [...requests].sort(
    (a, b) => rank(a) - rank(b) || (rank(a) < 2 ? due(a) - due(b) : requested(b) - requested(a)),
  );
}

export type TriageFilter = 'open' | 'decided' | 'all';

export const FILTER_STATUSES: Record<TriageFilter, RequestStatus[] | null> = {
  open: ['REQUESTED'],
  decided: ['PLANNED', 'DECLINED', 'CANCELLED', 'DONE'],
  all: null,
};
