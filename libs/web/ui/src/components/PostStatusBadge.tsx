import type { PostStatus } from '@planbord/domain';
import { useT } from '../i18n/I18nProvider';
import { StatusBadge, type BadgeStatus } from './Content';

const TONE: Record<PostStatus, BadgeStatus> = {
  DRAFT: 'neutral',
  IN_REVIEW: 'warning',
  CHANGES_REQUESTED: 'danger',
  APPROVED: 'success',
  SCHEDULED: 'success',
  PUBLISHED: 'inactive',
  CANCELLED: 'inactive',
};

/** A post's status in words (the colour only repeats the text), and `heldLabel` beside it while crisis mode holds it. */
export function PostStatusBadge({ status, heldLabel = null }: { status: PostStatus; heldLabel?: string | null }) {
  const t = useT();
  return (
    <>
      <StatusBadge status={TONE[status]}>{t(`postStatus.${status}`)}</StatusBadge>
      {heldLabel ? <StatusBadge status="danger">{heldLabel}</StatusBadge> : null}
    </>
  );
}
