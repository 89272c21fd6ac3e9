import type { PostStatus } from '@planbord/web-graphql';
import { StatusBadge, useT, type BadgeStatus } from '@planbord/web-ui';

const TONE: Record<PostStatus, BadgeStatus> = {
  DRAFT: 'neutral',
  IN_REVIEW: 'warning',
  CHANGES_REQUESTED: 'danger',
  APPROVED: 'success',
  SCHEDULED: 'success',
  PUBLISHED: 'inactive',
  CANCELLED: 'inactive',
};

export function PostStatusBadge({ status, onHold = false }: { status: PostStatus; onHold?: boolean }) {
  const t = useT();
  return (
    <span className="planbord-badge-row">
      <StatusBadge status={TONE[status]}>{t(`publishing.status.${status}`)}</StatusBadge>
      {onHold ? <StatusBadge status="danger">{t('publishing.onHold')}</StatusBadge> : null}
    </span>
  );
}
