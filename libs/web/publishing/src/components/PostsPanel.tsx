import { Link as RouterLink } from 'react-router-dom';
import { can } from '@planbord/domain';
import type { PostSummaryFieldsFragment } from '@planbord/web-graphql';
import { Spinner, formatDateTime, linkClassName, useLocale, useT } from '@planbord/web-ui';
import { useCachedSlotTime } from '../hooks/useCachedSlotTime';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useEventPosts } from '../hooks/useEventPosts';
import { useSlotPosts } from '../hooks/useSlotPosts';
import { newPostHref, postHref } from '../lib/my-work';
import { PostStatusBadge } from './PostStatusBadge';
import { QueryError } from './QueryError';

export interface PostsPanelProps {
  eventId?: string;
  slotId?: string;
}

/** The posts of an event or slot, for the calendar drawer: title, channel, status, warnings, and "Nieuw bericht". */
export function PostsPanel({ eventId, slotId }: PostsPanelProps) {
  const t = useT();
  const me = useCurrentUser();
  // The drawer's own calendar query has the slot already; its time narrows the search for the slot's posts.
  const slotStartsAt = useCachedSlotTime(slotId);
  const forEvent = useEventPosts(eventId);
  const forSlot = useSlotPosts(eventId ? undefined : slotId, slotStartsAt);
  const { posts, loading, error, refetch } = eventId ? forEvent : forSlot;
  const mayWrite = can(me?.role, 'Mutation.createPost');

  return (
    <div className="planbord-posts-panel">
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : posts === null && loading ? (
        <Spinner label={t('app.loading')} />
      ) : !posts?.length ? (
        <p className="planbord-muted">{t('publishing.panel.empty')}</p>
      ) : (
        <ul className="planbord-posts-panel__list">
          {posts.map((post) => (
            <PostLine key={post.id} post={post} />
          ))}
        </ul>
      )}
      {mayWrite && (eventId || slotId) ? (
        <RouterLink className="utrecht-button utrecht-button--secondary-action planbord-button-link" to={newPostHref(eventId ? { eventId } : { slotId: slotId! })}>
          {t('publishing.panel.new')}
        </RouterLink>
      ) : null}
    </div>
  );
}

function PostLine({ post }: { post: PostSummaryFieldsFragment }) {
  const t = useT();
  const locale = useLocale();
  return (
    <li className="planbord-posts-panel__item">
      <RouterLink className={linkClassName} to={postHref(post.id)}>
        {post.title}
      </RouterLink>
      <span className="planbord-muted">
        {post.channel.name}
        {post.plannedAt ? ` · ${formatDateTime(post.plannedAt, locale, { weekday: false })}` : null}
      </span>
      <span className="planbord-badge-row">
        <PostStatusBadge status={post.status} onHold={post.onHold} />
        {post.warnings.length ? <span className="planbord-post-warning-count">{t('publishing.warningCount', { count: post.warnings.length })}</span> : null}
      </span>
    </li>
  );
}
