import { Link as RouterLink } from 'react-router-dom';
import { failureFacts } from '@planbord/web-graphql';
import {
  Card,
  EmptyState,
  PageHeader,
  PostStatusBadge,
  QueryFailure,
  Spinner,
  linkClassName,
  useFormat,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useHeldPosts } from '../hooks/useHeldPosts';
import { postHref } from '../lib/my-work';

/** /berichten/vastgehouden: the posts crisis mode holds back, the soonest planned first, each a link to its editor. */
export function HeldPostsPage() {
  const t = useT();
  const { formatDateTime } = useFormat();
  const { posts, error, refetch } = useHeldPosts();
  return (
    <>
      <PageHeader title={t('held.title')} intro={t('held.intro')} />
      {error && !posts ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : !posts ? (
        <Spinner label={t('app.loading')} />
      ) : posts.length === 0 ? (
        <Card>
          <EmptyState title={t('held.empty')} />
        </Card>
      ) : (
        <ul className="planbord-work-list">
          {posts.map((post) => (
            <li key={post.id} className="planbord-work-item">
              <div className="planbord-work-item__when">
                {post.plannedAt ? formatDateTime(post.plannedAt, { weekday: false }) : t('approvals.notPlanned')}
              </div>
              <div className="planbord-work-item__what">
                <span className="planbord-badge-row">
                  <PostStatusBadge status={post.status} heldLabel={t('publishing.onHold')} />
                </span>
                <RouterLink className={`${linkClassName} planbord-work-item__title`} to={postHref(post.id)}>
                  {post.title}
                </RouterLink>
                <span className="planbord-muted">
                  {t('held.meta', { channel: post.channel.name, name: post.author.name })}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
