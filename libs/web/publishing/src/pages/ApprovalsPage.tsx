import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import type { ChannelKind } from '@planbord/domain';
import { failureFacts, useCurrentUser, type ApprovalQueueQuery } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  Card,
  EmptyState,
  Heading,
  PageHeader,
  QueryFailure,
  Spinner,
  TextArea,
  describeFailure,
  linkClassName,
  useFormat,
  PostStatusBadge,
  type Failure,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { ChannelPreview } from '../components/ChannelPreview';
import { ReviewHistory } from '../components/ReviewHistory';
import { WarningList } from '../components/WarningList';
import { useApprovalQueue } from '../hooks/useApprovalQueue';
import { useReviewPost } from '../hooks/useReviewPost';
import { isTypingTarget } from '../lib/mentions';
import { calendarItemHref, postHref } from '../lib/my-work';

type QueuedPost = ApprovalQueueQuery['approvalQueue'][number];

/** /goedkeuren: the approval queue, oldest first, one post at a time with its channel preview; j/k/a/w on the keyboard. */
export function ApprovalsPage() {
  const t = useT();
  const { queue, loading, error, refetch } = useApprovalQueue();
  const [params] = useSearchParams();
  // `?bericht=<id>` (from the overview) opens that post first.
  const [selectedId, setSelectedId] = useState<string | null>(() => params.get('bericht'));
  const [notice, setNotice] = useState<string | null>(null);
  const [changesOpen, setChangesOpen] = useState(false);
  const approveRef = useRef<() => void>(() => undefined);
  const listRef = useRef<HTMLOListElement>(null);

  const index = queue
    ? Math.max(
        0,
        queue.findIndex((post) => post.id === selectedId),
      )
    : 0;
  const selected = queue?.[index] ?? null;

  const select = (next: number) => {
    if (!queue?.length) return;
    const bounded = Math.min(queue.length - 1, Math.max(0, next));
    setSelectedId(queue[bounded].id);
    setChangesOpen(false);
    listRef.current?.querySelectorAll<HTMLButtonElement>('button')[bounded]?.focus();
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        isTypingTarget(event.target as HTMLElement | null)
      )
        return;
      if (document.querySelector('dialog[open]')) return;
      switch (event.key) {
        case 'j':
          select(index + 1);
          break;
        case 'k':
          select(index - 1);
          break;
        case 'a':
          approveRef.current();
          break;
        case 'w':
          setChangesOpen(true);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const onReviewed = (post: QueuedPost, message: string) => {
    setNotice(message);
    setChangesOpen(false);
    // The next one in line takes the reviewed post's place.
    const rest = queue?.filter((p) => p.id !== post.id) ?? [];
    setSelectedId(rest[Math.min(index, rest.length - 1)]?.id ?? null);
  };

  return (
    <>
      <PageHeader title={t('approvals.title')} intro={t('approvals.intro')} />
      <div aria-live="polite">
        {notice ? (
          <Alert type="ok" live={false}>
            {notice}
          </Alert>
        ) : null}
      </div>
      {error && !queue ? (
        <QueryFailure
          facts={failureFacts(error)}
          onRetry={() => void refetch()}
          conflictMessage={t('publishing.conflict')}
        />
      ) : !queue ? (
        <Spinner label={t('app.loading')} />
      ) : queue.length === 0 ? (
        <Card>
          <EmptyState title={t('approvals.empty')}>{t('approvals.emptyHint')}</EmptyState>
        </Card>
      ) : (
        <>
          <p className="planbord-shortcuts" id="approval-shortcuts">
            {t('approvals.shortcuts')}
          </p>
          <div className="planbord-approvals-layout">
            <nav aria-labelledby="approval-queue-heading" className="planbord-approvals-queue">
              <Heading level={2} id="approval-queue-heading">
                {t('approvals.queueHeading', { count: queue.length })}
              </Heading>
              <ol ref={listRef} className="planbord-approvals-queue__list">
                {queue.map((post, position) => (
                  <li key={post.id}>
                    <button
                      type="button"
                      className="planbord-approvals-queue__item planbord-focusable"
                      aria-current={position === index ? 'true' : undefined}
                      onClick={() => select(position)}
                    >
                      <span className="planbord-approvals-queue__title">{post.title}</span>
                      <span className="planbord-muted">
                        {post.channel.name} · {post.author.name}
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
              {loading ? <Spinner label={t('app.loading')} /> : null}
            </nav>
            {selected ? (
              <ReviewPanel
                key={selected.id}
                post={selected}
                changesOpen={changesOpen}
                onChangesOpen={setChangesOpen}
                approveRef={approveRef}
                onReviewed={(message) => onReviewed(selected, message)}
              />
            ) : null}
          </div>
        </>
      )}
    </>
  );
}

interface ReviewPanelProps {
  post: QueuedPost;
  changesOpen: boolean;
  onChangesOpen: (open: boolean) => void;
  approveRef: React.RefObject<() => void>;
  onReviewed: (message: string) => void;
}

function ReviewPanel({ post, changesOpen, onChangesOpen, approveRef, onReviewed }: ReviewPanelProps) {
  const t = useT();
  const { formatDateTime, formatStart } = useFormat();
  const { me } = useCurrentUser();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [reviewPost, { loading }] = useReviewPost();
  const commentId = `review-comment-${post.id}`;
  const own = me?.id === post.author.id;

  const decide = async (decision: 'APPROVE' | 'REQUEST_CHANGES') => {
    if (decision === 'REQUEST_CHANGES' && !comment.trim()) {
      setMissing(true);
      document.getElementById(commentId)?.focus();
      return;
    }
    setFailure(null);
    try {
      await reviewPost(post.id, post.version, decision, decision === 'REQUEST_CHANGES' ? comment.trim() : null);
      onReviewed(t(decision === 'APPROVE' ? 'approvals.approved' : 'approvals.changesSent', { title: post.title }));
    } catch (error) {
      setFailure(describeFailure(failureFacts(error), t, t('publishing.conflict')));
    }
  };

  useEffect(() => {
    approveRef.current = () => {
      if (!own && !loading) void decide('APPROVE');
    };
  });

  useEffect(() => {
    if (changesOpen) document.getElementById(commentId)?.focus();
  }, [changesOpen, commentId]);

  const onChanges = (event: FormEvent) => {
    event.preventDefault();
    void decide('REQUEST_CHANGES');
  };

  return (
    <article className="planbord-approvals-detail" aria-labelledby="review-post-heading">
      <div className="planbord-approvals-detail__header">
        <Heading level={2} id="review-post-heading">
          {post.title}
        </Heading>
        <span className="planbord-badge-row">
          <PostStatusBadge status={post.status} heldLabel={post.onHold ? t('publishing.onHold') : null} />
        </span>
      </div>
      <dl className="planbord-details">
        <dt>{t('approvals.author')}</dt>
        <dd>{post.author.name}</dd>
        <dt>{t('approvals.belongsTo')}</dt>
        <dd>
          {post.event ? (
            <RouterLink className={linkClassName} to={calendarItemHref('event', post.event.id)}>
              {post.event.title} ({formatStart(post.event, { weekday: false })})
            </RouterLink>
          ) : post.slot ? (
            <RouterLink className={linkClassName} to={calendarItemHref('slot', post.slot.id)}>
              {post.slot.rubric?.name ?? post.slot.title ?? t('publishing.slot')} (
              {formatDateTime(post.slot.startsAt, { weekday: false })})
            </RouterLink>
          ) : (
            t('approvals.standalone')
          )}
        </dd>
        <dt>{t('approvals.planned')}</dt>
        <dd>{post.plannedAt ? formatDateTime(post.plannedAt) : t('approvals.notPlanned')}</dd>
        {post.submittedAt ? (
          <>
            <dt>{t('approvals.submitted')}</dt>
            <dd>{formatDateTime(post.submittedAt)}</dd>
          </>
        ) : null}
      </dl>
      <ChannelPreview
        channel={{ name: post.channel.name, kind: post.channel.kind as ChannelKind, handle: post.channel.handle }}
        title={post.title}
        body={post.body}
        mediaUrls={post.mediaUrls}
      />
      <WarningList warnings={post.warnings} />

      {failure ? <Alert type="error">{failure.message}</Alert> : null}
      {own ? (
        <Alert type="info" live={false}>
          {t('approvals.ownPost')}
        </Alert>
      ) : (
        <div className="planbord-approvals-actions">
          <ButtonGroup>
            <Button appearance="primary" busy={loading} onClick={() => void decide('APPROVE')} aria-keyshortcuts="a">
              {t('approvals.approve')}
            </Button>
            {!changesOpen ? (
              <Button onClick={() => onChangesOpen(true)} aria-keyshortcuts="w">
                {t('approvals.requestChanges')}
              </Button>
            ) : null}
            <RouterLink className={`${linkClassName} planbord-approvals-open`} to={postHref(post.id)}>
              {t('approvals.openEditor')}
            </RouterLink>
          </ButtonGroup>
          {changesOpen ? (
            <form className="planbord-approvals-changes" onSubmit={onChanges} noValidate>
              <TextArea
                id={commentId}
                label={t('approvals.comment')}
                description={t('approvals.commentHint')}
                required
                rows={3}
                value={comment}
                error={missing ? t('approvals.commentRequired') : (failure?.fields['comment'] ?? null)}
                onChange={(event) => setComment(event.target.value)}
              />
              <ButtonGroup>
                <Button type="submit" appearance="primary" busy={loading}>
                  {t('approvals.sendChanges')}
                </Button>
                <Button appearance="subtle" onClick={() => onChangesOpen(false)}>
                  {t('publishing.back')}
                </Button>
              </ButtonGroup>
            </form>
          ) : null}
        </div>
      )}

      <section aria-labelledby="review-history-heading">
        <Heading level={3} id="review-history-heading">
          {t('publishing.reviews.heading')}
        </Heading>
        <ReviewHistory reviews={post.reviews} />
      </section>
    </article>
  );
}
