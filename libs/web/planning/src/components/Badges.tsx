import { StatusBadge, type BadgeStatus } from '@planbord/web-ui';
import { useT } from '../i18n';
import type { AssignmentStatus, ChannelKind, Coverage, EventStatus, SlotStatus } from '@planbord/web-graphql';

const COVERAGE_BADGE: Record<Coverage, BadgeStatus> = {
  UNCOVERED: 'danger',
  PARTIAL: 'warning',
  COVERED: 'success',
  NOT_NEEDED: 'inactive',
};
const ASSIGNMENT_BADGE: Record<AssignmentStatus, BadgeStatus> = {
  PENDING: 'warning',
  ACCEPTED: 'success',
  DECLINED: 'danger',
  DONE: 'neutral',
};
const SLOT_BADGE: Record<SlotStatus, BadgeStatus> = { OPEN: 'warning', FILLED: 'success', SKIPPED: 'inactive' };
const EVENT_BADGE: Record<EventStatus, BadgeStatus> = {
  REQUESTED: 'warning',
  PLANNED: 'neutral',
  DECLINED: 'inactive',
  CANCELLED: 'inactive',
  DONE: 'success',
};

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

/**
 * A channel as a short mark ("FB", "IG", "WEB"), named in full for assistive technology. Inside an item whose name
 * already spells the channel out it is an icon (`decorative`): drawn from an attribute, like the initials, so its
 * letters are not part of the item's text and the name does not say the channel twice.
 */
export function ChannelMark({ kind, decorative = false }: { kind: ChannelKind; decorative?: boolean }) {
  const t = useT();
  const name = t(`channelKind.${kind}`);
  const mark = t(`calendar.channelMark.${kind}`);
  const className = `planbord-channel-mark planbord-channel-mark--${kind.toLowerCase()}`;
  return decorative ? (
    <span className={className} aria-hidden="true" title={name} data-mark={mark} />
  ) : (
    <span className={className} role="img" aria-label={name} title={name}>
      {mark}
    </span>
  );
}
