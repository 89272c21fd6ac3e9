import type { PostReviewFieldsFragment } from '@planbord/web-graphql';
import { StatusBadge, useFormat } from '@planbord/web-ui';
import { useT } from '../i18n';

export function ReviewHistory({ reviews }: { reviews: readonly PostReviewFieldsFragment[] }) {
  const t = useT();
  const { formatDateTime } = useFormat();
  if (reviews.length === 0) return <p className="planbord-muted">{t('publishing.reviews.none')}</p>;
  return (
    <ol className="planbord-history">
      {[...reviews]
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map((review) => (
          <li key={review.id} className="planbord-history__item">
            <StatusBadge status={review.decision === 'APPROVE' ? 'success' : 'warning'}>
              {t(`publishing.decision.${review.decision}`)}
            </StatusBadge>{' '}
            <span className="planbord-history__meta">
              {t('publishing.reviews.by', { name: review.reviewer.name, when: formatDateTime(review.createdAt) })}
            </span>
            {review.comment ? <p className="planbord-post-quote">{review.comment}</p> : null}
          </li>
        ))}
    </ol>
  );
}
