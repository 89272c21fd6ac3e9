import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { can, describeWarning, postWarnings, type ChannelKind } from '@planbord/domain';
import {
  failureFacts,
  useChannels,
  useCurrentUser,
  useIdempotencyKey,
  useThemes,
  type PostDetailFieldsFragment,
  type PostQuery,
} from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  Card,
  CheckboxGroup,
  Dialog,
  EmptyState,
  Heading,
  PageHeader,
  QueryFailure,
  SelectField,
  Spinner,
  TextArea,
  TextField,
  describeFailure,
  linkClassName,
  useFormat,
  useLocale,
  useDrawerExtensions,
  useOrgTime,
  PostStatusBadge,
  PostExtras,
  type Failure,
  type OrgTime,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { ChannelPreview } from '../components/ChannelPreview';
import { CharacterCounter } from '../components/CharacterCounter';
import { CommentThread } from '../components/CommentThread';
import { PostTasks } from '../components/PostTasks';
import { ReviewHistory } from '../components/ReviewHistory';
import { WarningList } from '../components/WarningList';
import { useCachedSlotTime } from '../hooks/useCachedSlotTime';
import { useCancelPost } from '../hooks/useCancelPost';
import { useCreatePost } from '../hooks/useCreatePost';
import { useCreateSiblingPost } from '../hooks/useCreateSiblingPost';
import { useCrisis } from '../hooks/useCrisis';
import { useEventPosts } from '../hooks/useEventPosts';
import { useMarkPostPublished } from '../hooks/useMarkPostPublished';
import { usePost } from '../hooks/usePost';
import { useSchedulePost } from '../hooks/useSchedulePost';
import { useSubmitPostForReview } from '../hooks/useSubmitPostForReview';
import { useUpdatePost } from '../hooks/useUpdatePost';
import { calendarItemHref, postHref } from '../lib/my-work';

type LoadedPost = NonNullable<PostQuery['post']>;

/** /berichten/nieuw?eventId=…|slotId=… and /berichten/:id: write, submit, schedule and publish one post. */
export function PostEditorPage() {
  const t = useT();
  const { id } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const { post, loaded, error, refetch } = usePost(id ?? null);
  // What the last action did; it outlives the form, which starts afresh with every new version of the post.
  const [notice, setNotice] = useState<string | null>(
    () => (location.state as { notice?: string } | null)?.notice ?? null,
  );
  const shared = { notice, onNotice: setNotice };

  if (!id)
    return (
      <PostEditor
        key="new"
        post={null}
        eventId={params.get('eventId')}
        slotId={params.get('slotId')}
        onReload={async () => null}
        {...shared}
      />
    );
  if (error && !post)
    return (
      <QueryFailure
        facts={failureFacts(error)}
        onRetry={() => void refetch()}
        conflictMessage={t('publishing.conflict')}
      />
    );
  if (!loaded && !post) return <Spinner label={t('app.loading')} />;
  if (!post) {
    return (
      <>
        <PageHeader title={t('publishing.notFoundTitle')} />
        <EmptyState title={t('publishing.notFound')} />
      </>
    );
  }
  const reload = async () => (await refetch()).data?.post ?? null;
  return <PostEditor key={post.id} post={post} eventId={null} slotId={null} onReload={reload} {...shared} />;
}

interface FormState {
  channelId: string;
  title: string;
  body: string;
  media: string;
  plannedAt: string;
  /** The themes it carries: its own, else its event's or rubric's; saved as its own only once changed. */
  themeIds: string[];
}

function initialState(post: LoadedPost | null, slotStartsAt: string | null, { toLocalInput }: OrgTime): FormState {
  return {
    channelId: post?.channel.id ?? '',
    title: post?.title ?? '',
    body: post?.body ?? '',
    media: post?.mediaUrls.join('\n') ?? '',
    plannedAt: toLocalInput(post?.plannedAt ?? slotStartsAt),
    themeIds: post?.themes.map((theme) => theme.id) ?? [],
  };
}

const sameForm = (a: FormState, b: FormState) =>
  a.channelId === b.channelId &&
  a.title === b.title &&
  a.body === b.body &&
  a.media === b.media &&
  a.plannedAt === b.plannedAt &&
  sameThemes(a.themeIds, b.themeIds);

const sameThemes = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

const mediaList = (media: string) =>
  media
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

interface PostEditorProps {
  post: LoadedPost | null;
  eventId: string | null;
  slotId: string | null;
  /** Fetches the newest version of the post. */
  onReload: () => Promise<LoadedPost | null>;
  notice: string | null;
  onNotice: (notice: string | null) => void;
}

function PostEditor({ post, eventId, slotId, onReload, notice, onNotice }: PostEditorProps) {
  const t = useT();
  const locale = useLocale();
  const { formatDateTime, formatStart } = useFormat();
  const time = useOrgTime();
  const { dateOf, fromLocalInput } = time;
  const navigate = useNavigate();
  const { me } = useCurrentUser();
  const { publishedPostExtras } = useDrawerExtensions();
  const { channels } = useChannels();
  const { themes } = useThemes();
  const { crisis } = useCrisis();
  const context = useEventPosts(post?.event?.id ?? eventId ?? undefined);
  const cachedSlotTime = useCachedSlotTime(post ? null : slotId);
  const slotStartsAt = post ? null : cachedSlotTime;
  // The form edits one version of the post (its base). A newer version from the server replaces the form when the
  // person has not typed since, or when it is their own save; otherwise their edits stay and saving them is refused
  // as a conflict, so nobody overwrites someone else's change unseen.
  const [base, setBase] = useState(() => ({
    version: post?.version ?? 0,
    form: initialState(post, slotStartsAt, time),
  }));
  const [form, setForm] = useState<FormState>(base.form);
  useEffect(() => {
    if (!post || post.version === base.version) return;
    const fresh = initialState(post, null, time);
    if (sameForm(form, base.form) || sameForm(form, fresh)) {
      setBase({ version: post.version, form: fresh });
      setForm(fresh);
    }
  }, [post, base, form, time]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [publishedUrl, setPublishedUrl] = useState('');
  const [cancelOpen, setCancelOpen] = useState(false);
  const [cancelReason, setCancelReason] = useState('');
  const [cancelMissing, setCancelMissing] = useState(false);
  const [crisisConfirmOpen, setCrisisConfirmOpen] = useState(false);
  const [siblingChannel, setSiblingChannel] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const [createPost, { loading: creating }] = useCreatePost();
  // One key per post being written: saving it again after a lost answer creates it once.
  const [idempotencyKey, renewIdempotencyKey] = useIdempotencyKey();
  const [updatePost, { loading: updating }] = useUpdatePost();
  const [submitPost, { loading: submitting }] = useSubmitPostForReview();
  const [schedulePost, { loading: scheduling }] = useSchedulePost();
  const [markPublished, { loading: publishing }] = useMarkPostPublished();
  const [cancelPost, { loading: cancelling }] = useCancelPost();
  const [createSibling, { loading: copying }] = useCreateSiblingPost();

  const channel = channels?.find((c) => c.id === form.channelId) ?? post?.channel ?? null;
  const status = post?.status ?? 'DRAFT';
  const readOnly = status === 'PUBLISHED' || status === 'CANCELLED' || !can(me?.role, 'Mutation.updatePost');
  const initial = base.form;
  const textDirty =
    form.channelId !== initial.channelId ||
    form.title !== initial.title ||
    form.body !== initial.body ||
    form.media !== initial.media ||
    !sameThemes(form.themeIds, initial.themeIds);
  const dirty = textDirty || form.plannedAt !== initial.plannedAt;
  const version = base.version;

  const reload = async () => {
    const latest = await onReload();
    if (!latest) return;
    const fresh = initialState(latest, null, time);
    setBase({ version: latest.version, form: fresh });
    setForm(fresh);
    setFailure(null);
  };
  const event = post?.event ?? context.event;
  const isEditor = can(me?.role, 'Mutation.reviewPost');
  const crisisActive = crisis?.active === true;

  const liveWarnings = useMemo(() => {
    if (!channel) return [];
    const plannedAt = fromLocalInput(form.plannedAt);
    return postWarnings({
      body: form.body,
      mediaUrls: mediaList(form.media),
      plannedAt: plannedAt ? new Date(plannedAt) : null,
      status,
      channel: { kind: channel.kind as ChannelKind, name: channel.name },
      eventDays: event
        ? { first: dateOf(event.startsAt), last: dateOf(new Date(new Date(event.endsAt).getTime() - 1)) }
        : null,
      plannedDay: plannedAt ? dateOf(plannedAt) : null,
    }).map((warning) => describeWarning(warning, locale));
  }, [channel, form.body, form.media, form.plannedAt, status, event, locale, dateOf, fromLocalInput]);

  const set = (field: keyof FormState) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  /** Runs one action; its refusal (and why) is shown at the top of the form. */
  const run = async <T,>(action: () => Promise<T>, done?: (result: T) => void) => {
    setFailure(null);
    onNotice(null);
    try {
      const result = await action();
      done?.(result);
      return result;
    } catch (error) {
      setFailure(describeFailure(failureFacts(error), t, t('publishing.conflict')));
      return null;
    }
  };

  const validate = (): boolean => {
    const errors: Record<string, string> = {};
    if (!form.channelId) errors['channelId'] = t('publishing.editor.channelRequired');
    if (!form.title.trim()) errors['title'] = t('publishing.editor.titleRequired');
    if (!form.body.trim()) errors['body'] = t('publishing.editor.bodyRequired');
    if (form.plannedAt && !fromLocalInput(form.plannedAt))
      errors['plannedAt'] = t('publishing.editor.plannedAtInvalid');
    setLocalErrors(errors);
    return Object.keys(errors).length === 0;
  };

  /** Saves the form; returns the saved post (or the unchanged one when nothing changed). */
  const save = async (): Promise<PostDetailFieldsFragment | null> => {
    if (!validate()) return null;
    const plannedAt = fromLocalInput(form.plannedAt);
    if (!post) {
      const result = await run(() =>
        createPost(
          {
            channelId: form.channelId,
            title: form.title.trim(),
            body: form.body,
            plannedAt,
            mediaUrls: mediaList(form.media),
            eventId: eventId ?? undefined,
            slotId: slotId ?? undefined,
            themeIds: form.themeIds,
          },
          idempotencyKey,
        ),
      );
      const created = result?.data?.createPost ?? null;
      if (created) {
        renewIdempotencyKey();
        navigate(postHref(created.id), { replace: true, state: { notice: t('publishing.notice.created') } });
      }
      return created;
    }
    if (!dirty) return post;
    const result = await run(() =>
      updatePost(post.id, version, {
        channelId: form.channelId,
        title: form.title.trim(),
        body: form.body,
        mediaUrls: mediaList(form.media),
        plannedAt,
        ...(sameThemes(form.themeIds, initial.themeIds) ? {} : { themeIds: form.themeIds }),
      }),
    );
    const saved = result?.data?.updatePost ?? null;
    if (saved) onNotice(t('publishing.notice.saved'));
    return saved;
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    await save();
  };

  const onSubmitForReview = async () => {
    const saved = await save();
    if (!saved || !post) return;
    const result = await run(() => submitPost(saved.id, saved.version));
    if (result?.data) onNotice(t('publishing.notice.submitted'));
  };

  const onSchedule = async (confirmCrisis: boolean) => {
    if (!post) return;
    const plannedAt = fromLocalInput(form.plannedAt);
    if (!plannedAt) {
      setLocalErrors({ plannedAt: t('publishing.editor.plannedAtNeeded') });
      return;
    }
    if (textDirty) {
      setFailure({ code: null, message: t('publishing.editor.saveFirst'), fields: {} });
      return;
    }
    if (crisisActive && !confirmCrisis) {
      setCrisisConfirmOpen(true);
      return;
    }
    setCrisisConfirmOpen(false);
    const result = await run(() => schedulePost(post.id, version, plannedAt, confirmCrisis));
    const scheduled = result?.data?.schedulePost;
    if (scheduled)
      onNotice(t('publishing.notice.scheduled', { when: formatDateTime(scheduled.plannedAt ?? plannedAt) }));
  };

  const onPublished = async () => {
    if (!post) return;
    const result = await run(() => markPublished(post.id, version, publishedUrl.trim() || null, null));
    if (result?.data) onNotice(t('publishing.notice.published'));
  };

  const onCancel = async () => {
    if (!post) return;
    if (!cancelReason.trim()) {
      setCancelMissing(true);
      return;
    }
    const result = await run(() => cancelPost(post.id, version, cancelReason.trim()));
    if (result) {
      setCancelOpen(false);
      onNotice(t('publishing.notice.cancelled'));
    }
  };

  const onSibling = async () => {
    if (!post || !siblingChannel) return;
    await run(
      () => createSibling(post.id, siblingChannel),
      (result) => {
        const copy = result.data?.createSiblingPost;
        if (copy)
          navigate(postHref(copy.id), {
            state: { notice: t('publishing.notice.sibling', { channel: copy.channel.name }) },
          });
      },
    );
  };

  const fieldError = (field: string) => localErrors[field] ?? failure?.fields[field] ?? null;
  const usedChannels = new Set([post?.channel.id, ...(post?.siblings.map((s) => s.channel.id) ?? [])]);
  const siblingOptions = (channels ?? []).filter((c) => !usedChannels.has(c.id));
  const counterId = 'post-body-counter';
  const warningsId = 'post-body-warnings';
  const placeOf = () =>
    event ? (
      <>
        {t('publishing.editor.forEvent')}{' '}
        <RouterLink className={linkClassName} to={calendarItemHref('event', event.id)}>
          {event.title}
        </RouterLink>{' '}
        ({formatStart(event)})
      </>
    ) : post?.slot ? (
      <>
        {t('publishing.editor.forSlot')}{' '}
        <RouterLink className={linkClassName} to={calendarItemHref('slot', post.slot.id)}>
          {post.slot.title ?? post.slot.rubric?.name ?? t('publishing.slot')}
        </RouterLink>{' '}
        ({formatDateTime(post.slot.startsAt)})
      </>
    ) : slotId ? (
      t('publishing.editor.forSlotNew')
    ) : null;

  return (
    <>
      <PageHeader
        title={post ? post.title : t('publishing.editor.newTitle')}
        intro={postContext(t, placeOf(), post?.signalId ?? null, post?.themes.map((theme) => theme.name) ?? [])}
        actions={
          post ? (
            <span className="planbord-badge-row">
              <PostStatusBadge status={post.status} heldLabel={post.onHold ? t('publishing.onHold') : null} />
            </span>
          ) : null
        }
      />

      <div aria-live="polite" className="planbord-editor-messages">
        {notice ? (
          <Alert type="ok" live={false}>
            {notice}
          </Alert>
        ) : null}
      </div>
      {failure ? (
        <Alert type="error" heading={failure.code === 'VERSION_CONFLICT' ? t('publishing.conflictTitle') : undefined}>
          <p className="utrecht-paragraph">{failure.message}</p>
          {failure.code === 'VERSION_CONFLICT' ? (
            <Button onClick={() => void reload()}>{t('publishing.reload')}</Button>
          ) : null}
        </Alert>
      ) : null}
      {post?.onHold ? <Alert type="warning">{t('publishing.editor.held')}</Alert> : null}
      {post?.status === 'PUBLISHED' ? (
        <Alert type="info" live={false}>
          {t('publishing.editor.publishedReadOnly', {
            when: post.publishedAt ? formatDateTime(post.publishedAt) : '—',
          })}{' '}
          {post.publishedUrl ? (
            <a className={linkClassName} href={post.publishedUrl}>
              {post.publishedUrl}
            </a>
          ) : null}
        </Alert>
      ) : null}
      {post?.status === 'PUBLISHED' ? publishedPostExtras?.(post.id) : null}
      {post?.status === 'CANCELLED' ? (
        <Alert type="info" live={false}>
          {t('publishing.editor.cancelledReadOnly', { reason: post.cancelReason ?? '—' })}
        </Alert>
      ) : null}

      <div className="planbord-editor-layout">
        <Card labelledBy="post-form-heading">
          <Heading level={2} id="post-form-heading">
            {t('publishing.editor.textHeading')}
          </Heading>
          <form className="planbord-post-form" onSubmit={(event) => void onSave(event)} noValidate>
            <SelectField
              label={t('publishing.editor.channel')}
              value={form.channelId}
              disabled={readOnly}
              error={fieldError('channelId')}
              onChange={(e) => set('channelId')(e.target.value)}
              options={[
                { value: '', label: t('publishing.editor.channelPick') },
                ...(channels ?? []).map((c) => ({ value: c.id, label: `${c.name} (${t(`channelKind.${c.kind}`)})` })),
              ]}
            />
            <TextField
              label={t('publishing.editor.title')}
              description={t('publishing.editor.titleHint')}
              value={form.title}
              readOnly={readOnly}
              error={fieldError('title')}
              onChange={(e) => set('title')(e.target.value)}
            />
            <TextArea
              label={t('publishing.editor.body')}
              value={form.body}
              rows={8}
              readOnly={readOnly}
              error={fieldError('body')}
              aria-describedby={[counterId, liveWarnings.length ? warningsId : null].filter(Boolean).join(' ')}
              onChange={(e) => set('body')(e.target.value)}
            />
            <div className="planbord-post-form__counter">
              {channel ? <CharacterCounter id={counterId} text={form.body} kind={channel.kind as ChannelKind} /> : null}
            </div>
            <WarningList id={warningsId} warnings={liveWarnings} />
            <TextArea
              label={t('publishing.editor.media')}
              description={t('publishing.editor.mediaHint')}
              value={form.media}
              rows={2}
              readOnly={readOnly}
              error={fieldError('mediaUrls')}
              onChange={(e) => set('media')(e.target.value)}
            />
            {readOnly ? null : (
              <CheckboxGroup
                legend={t('publishing.editor.themesField')}
                options={(themes ?? []).map((theme) => ({ value: theme.id, label: theme.name }))}
                values={form.themeIds}
                error={fieldError('themeIds')}
                onChange={(themeIds) => setForm((current) => ({ ...current, themeIds }))}
              />
            )}
            {readOnly ? null : <p className="planbord-muted">{t('publishing.editor.themesHint')}</p>}
            <TextField
              type="datetime-local"
              label={t('publishing.editor.plannedAt')}
              description={t('publishing.editor.plannedAtHint', { zone: time.zone })}
              value={form.plannedAt}
              readOnly={readOnly}
              error={fieldError('plannedAt')}
              onChange={(e) => set('plannedAt')(e.target.value)}
            />
            {!readOnly ? (
              <ButtonGroup>
                <Button
                  type="submit"
                  appearance={post && (status === 'DRAFT' || status === 'CHANGES_REQUESTED') ? 'secondary' : 'primary'}
                  busy={creating || updating}
                >
                  {post ? t('publishing.editor.save') : t('publishing.editor.saveDraft')}
                </Button>
                {post && (status === 'DRAFT' || status === 'CHANGES_REQUESTED') ? (
                  <Button appearance="primary" busy={submitting || updating} onClick={() => void onSubmitForReview()}>
                    {t('publishing.editor.submit')}
                  </Button>
                ) : null}
              </ButtonGroup>
            ) : null}
            {post && !readOnly && dirty && (status === 'APPROVED' || status === 'SCHEDULED') ? (
              <p className="planbord-muted">{t('publishing.editor.editSendsBack')}</p>
            ) : null}
          </form>
        </Card>

        <div className="planbord-editor-side">
          <section aria-labelledby="post-preview-heading">
            <Heading level={2} id="post-preview-heading">
              {t('publishing.preview.heading')}
            </Heading>
            {channel ? (
              <ChannelPreview
                channel={{ name: channel.name, kind: channel.kind as ChannelKind, handle: channel.handle }}
                title={form.title}
                body={form.body}
                mediaUrls={mediaList(form.media)}
              />
            ) : (
              <p className="planbord-muted">{t('publishing.preview.noChannel')}</p>
            )}
          </section>

          {post && !readOnly ? (
            <Card labelledBy="post-next-heading">
              <Heading level={2} id="post-next-heading">
                {t('publishing.editor.nextHeading')}
              </Heading>
              {status === 'IN_REVIEW' ? <p className="utrecht-paragraph">{t('publishing.editor.inReview')}</p> : null}
              {status === 'APPROVED' ? (
                <>
                  <p className="utrecht-paragraph">{t('publishing.editor.approvedHint')}</p>
                  {crisisActive && !isEditor ? (
                    <Alert type="warning" live={false}>
                      {t('publishing.editor.crisisMemberHint')}
                    </Alert>
                  ) : null}
                  <Button
                    appearance="primary"
                    busy={scheduling}
                    disabled={crisisActive && !isEditor}
                    onClick={() => void onSchedule(false)}
                  >
                    {t('publishing.editor.schedule')}
                  </Button>
                </>
              ) : null}
              {status === 'SCHEDULED' ? (
                <>
                  <p className="utrecht-paragraph">
                    {t('publishing.editor.scheduledFor', {
                      when: post.plannedAt ? formatDateTime(post.plannedAt) : '—',
                    })}
                  </p>
                  <TextField
                    type="url"
                    label={t('publishing.editor.publishedUrl')}
                    value={publishedUrl}
                    error={failure?.fields['url'] ?? null}
                    onChange={(e) => setPublishedUrl(e.target.value)}
                  />
                  <Button appearance="primary" busy={publishing} onClick={() => void onPublished()}>
                    {t('publishing.editor.markPublished')}
                  </Button>
                </>
              ) : null}
              <div className="planbord-editor-cancel">
                <Button danger appearance="subtle" onClick={() => setCancelOpen(true)}>
                  {t('publishing.editor.cancel')}
                </Button>
              </div>
            </Card>
          ) : null}

          {post && status !== 'PUBLISHED' && status !== 'CANCELLED' && can(me?.role, 'Mutation.assign') ? (
            <Card labelledBy="post-tasks-heading">
              <Heading level={2} id="post-tasks-heading">
                {t('publishing.tasks.heading')}
              </Heading>
              <PostTasks postId={post.id} assignments={post.assignments} meRole={me?.role} />
            </Card>
          ) : null}

          {post ? (
            <Card labelledBy="post-siblings-heading">
              <Heading level={2} id="post-siblings-heading">
                {t('publishing.siblings.heading')}
              </Heading>
              {post.siblings.length ? (
                <ul className="planbord-posts-panel__list">
                  {post.siblings.map((sibling) => (
                    <li key={sibling.id} className="planbord-posts-panel__item">
                      <RouterLink className={linkClassName} to={postHref(sibling.id)}>
                        {sibling.channel.name}
                      </RouterLink>
                      <PostStatusBadge status={sibling.status} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="planbord-muted">{t('publishing.siblings.none')}</p>
              )}
              {can(me?.role, 'Mutation.createSiblingPost') && siblingOptions.length ? (
                <div className="planbord-mention-row">
                  <SelectField
                    label={t('publishing.siblings.channel')}
                    value={siblingChannel}
                    onChange={(e) => setSiblingChannel(e.target.value)}
                    options={[
                      { value: '', label: t('publishing.editor.channelPick') },
                      ...siblingOptions.map((c) => ({ value: c.id, label: c.name })),
                    ]}
                  />
                  <Button busy={copying} disabled={!siblingChannel} onClick={() => void onSibling()}>
                    {t('publishing.siblings.create')}
                  </Button>
                </div>
              ) : null}
            </Card>
          ) : null}
          {post ? <PostExtras postId={post.id} /> : null}
        </div>
      </div>

      {post ? (
        <div className="planbord-editor-layout">
          <Card labelledBy="post-reviews-heading">
            <Heading level={2} id="post-reviews-heading">
              {t('publishing.reviews.heading')}
            </Heading>
            <ReviewHistory reviews={post.reviews} />
          </Card>
          <Card labelledBy="post-comments-heading">
            <Heading level={2} id="post-comments-heading">
              {t('publishing.comments.heading')}
            </Heading>
            {me ? <CommentThread postId={post.id} comments={post.comments} meId={me.id} /> : null}
          </Card>
        </div>
      ) : null}

      <Dialog
        open={cancelOpen}
        title={t('publishing.cancel.title')}
        onClose={() => setCancelOpen(false)}
        onSubmit={() => void onCancel()}
        actions={
          <>
            <Button type="submit" appearance="primary" danger busy={cancelling}>
              {t('publishing.cancel.confirm')}
            </Button>
            <Button appearance="subtle" onClick={() => setCancelOpen(false)}>
              {t('publishing.back')}
            </Button>
          </>
        }
      >
        <TextArea
          label={t('publishing.cancel.reason')}
          required
          rows={3}
          value={cancelReason}
          error={cancelMissing ? t('publishing.cancel.reasonRequired') : null}
          onChange={(e) => setCancelReason(e.target.value)}
        />
      </Dialog>

      <Dialog
        open={crisisConfirmOpen}
        title={t('publishing.crisisSchedule.title')}
        onClose={() => setCrisisConfirmOpen(false)}
        onSubmit={() => void onSchedule(true)}
        actions={
          <>
            <Button type="submit" appearance="primary" danger busy={scheduling}>
              {t('publishing.crisisSchedule.confirm')}
            </Button>
            <Button appearance="subtle" onClick={() => setCrisisConfirmOpen(false)}>
              {t('publishing.back')}
            </Button>
          </>
        }
      >
        <p className="utrecht-paragraph">{t('publishing.crisisSchedule.explain', { reason: crisis?.reason ?? '' })}</p>
      </Dialog>
    </>
  );
}

/** Where the post belongs, the newsroom signal it came from, and its themes: each on its own line when there is one. */
function postContext(
  t: ReturnType<typeof useT>,
  place: ReactNode,
  signalId: string | null,
  themes: string[],
): ReactNode {
  if (!place && !signalId && themes.length === 0) return null;
  return (
    <span className="planbord-post-context">
      {place ? <span>{place}</span> : null}
      {signalId ? (
        <span>
          {t('publishing.editor.fromSignal')}{' '}
          <RouterLink className={linkClassName} to={`/nieuwsroom?signaal=${encodeURIComponent(signalId)}`}>
            {t('publishing.editor.fromSignalLink')}
          </RouterLink>
        </span>
      ) : null}
      {themes.length ? <span>{t('publishing.editor.themes', { themes: themes.join(', ') })}</span> : null}
    </span>
  );
}
