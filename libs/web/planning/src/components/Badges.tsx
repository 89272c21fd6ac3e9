import { StatusBadge, useT, type BadgeStatus } from '@planbord/web-ui';
import type { AssignmentStatus, Coverage, EventStatus, SlotStatus } from '@planbord/web-graphql';

const COVERAGE_BADGE: Record<Coverage, BadgeStatus> = { UNCOVERED: 'danger', PARTIAL: 'warning', COVERED: 'success', NOT_NEEDED: 'inactive' };
const ASSIGNMENT_BADGE: Record<AssignmentStatus, BadgeStatus> = { PENDING: 'warning', ACCEPTED: 'success', DECLINED: 'danger', DONE: 'neutral' };
const SLOT_BADGE: Record<SlotStatus, BadgeStatus> = { OPEN: 'warning', FILLED: 'success', SKIPPED: 'inactive' };
const EVENT_BADGE: Record<EventStatus, BadgeStatus> = { REQUESTED: 'warning', PLANNED: 'neutral', DECLINED: 'inactive', CANCELLED: 'inactive', DONE: 'success' };

/** Coverage in words; the colour only repeats what the text says. */
export function CoverageBadge({ coverage }: { coverage: Coverage }) {
  const t = useT();
  return <StatusBadge status={COVERAGE_BADGE[coverage]}>{t(`calendar.coverage.${coverage}`)}</StatusBadge>;
}

export function AssignmentStatusBadge({ status }: { status: AssignmentStatus }) {
  const t = useT();
  return <StatusBadge status={ASSIGNMENT_BADGE[status]}>{t(`drawer.assignmentStatus.${status}`)}</StatusBadge>;
}

export function SlotStatusBadge({ status }: { status: SlotStatus }) {
  const t = useT();
  return <StatusBadge status={SLOT_BADGE[status]}>{t(`calendar.slotStatus.${status}`)}</StatusBadge>;
}

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const t = useT();
  return <StatusBadge status={EVENT_BADGE[status]}>{t(`calendar.eventStatus.${status}`)}</StatusBadge>;
}
