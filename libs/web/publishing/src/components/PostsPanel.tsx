import { Link as RouterLink } from 'react-router-dom';
import { can } from '@planbord/domain';
import { failureFacts, useCurrentUser, type PostSummaryFieldsFragment } from '@planbord/web-graphql';
import { QueryFailure, Spinner, linkClassName, useFormat, PostStatusBadge } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useEventPosts } from '../hooks/useEventPosts';
import { useSlotPosts } from '../hooks/useSlotPosts';
import { newPostHref, postHref } from '../lib/my-work';

export interface PostsPanelProps {
  eventId?: string;
  slotId?: string;
}

/**
 * The posts of an event or slot, for the calendar drawer: title, channel, status, warnings, and "Nieuw bericht".
 * Nothing for someone who may not see them (liaisons): `Event.posts` and `Slot.post` are the team's, so they are not
 * even asked for.
 */
export function PostsPanel({ eventId, slotId }: PostsPanelProps) {
  const t = useT();
  const { me } = useCurrentUser();
  const forEvent = useEventPosts(eventId && can(me?.role, 'Event.posts') ? eventId : undefined);
  const forSlot = useSlotPosts(!eventId && slotId && can(me?.role, 'Slot.post') ? slotId : undefined);
  const { posts, loading, error, refetch } = eventId ? forEvent : forSlot;
  const mayWrite = can(me?.role, 'Mutation.createPost');
  if (!can(me?.role, eventId ? 'Event.posts' : 'Slot.post')) return null;

  return (
    <div className="planbord-posts-panel">
      {error ? (
        <QueryFailure
          facts={failureFacts(error)}
          onRetry={() => void refetch()}
          conflictMessage={t('publishing.conflict')}
        />
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
        <RouterLink
          className="utrecht-button utrecht-button--secondary-action planbord-button-link"
          to={newPostHref(eventId ? { eventId } : { slotId: slotId! })}
        >
          {t('publishing.panel.new')}
        </RouterLink>
      ) : null}
    </div>
  );
}

function PostLine({ post }: { post: PostSummaryFieldsFragment }) {
  const t = useT();
  const { formatDateTime } = useFormat();
  return (
    <li className="planbord-posts-panel__item">
      <RouterLink className={linkClassName} to={postHref(post.id)}>
        {post.title}
      </RouterLink>
      <span className="planbord-muted">
        {post.channel.name}
        {post.plannedAt ? ` · ${formatDateTime(post.plannedAt, { weekday: false })}` : null}
      </span>
      <span className="planbord-badge-row">
        <PostStatusBadge status={post.status} heldLabel={post.onHold ? t('publishing.onHold') : null} />
        {post.warnings.length ? (
          <span className="planbord-post-warning-count">
            {t('publishing.warningCount', { count: post.warnings.length })}
          </span>
        ) : null}
      </span>
    </li>
  );
}
