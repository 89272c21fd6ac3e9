import type { PostStatus } from '@planbord/web-graphql';
import { StatusBadge, type BadgeStatus } from '@planbord/web-ui';
import { useT } from '../i18n';

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
      <StatusBadge status={TONE[status]}>{t(`postStatus.${status}`)}</StatusBadge>
      {onHold ? <StatusBadge status="danger">{t('publishing.onHold')}</StatusBadge> : null}
    </span>
  );
}
