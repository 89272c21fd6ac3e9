import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import {
  canTransition,
  check,
  EDITOR_ROLES,
  hasIssues,
  isEditor,
  isTeam,
  isUuid,
  LIAISON_VISIBLE_POST_STATUSES,
  LIMITS,
  POST_TRANSITIONS,
  rules,
  statusAfterEdit,
  type FieldIssues,
  type PostStatus,
  type ReviewDecision,
  type WebhookEventType,
} from '@planbord/domain';
import {
  assertRange,
  AuditService,
  BadInputError,
  ChangeFeed,
  findOrNotFound,
  ForbiddenError,
  InvalidTransitionError,
  Outbox,
  updateVersioned,
  type Notice,
  type SessionUser,
} from '@planbord/api-core';
import { ReferenceDataService, UsersService } from '@planbord/api-identity';
import {
  AssignmentsService,
  EventsService,
  PlanningContent,
  SlotsService,
  type Assignment,
  type Calendar,
} from '@planbord/api-planning';
import type { PostInput, PostPatch } from './dto/publishing.input';
import { postMessages } from './post-messages';
import { Comment, CrisisActivation, Post, Review } from './publishing.entities';

const BODY_MAX = 100_000;

/** A post the newsroom decided on: see `PostsService.draftFromSignal`. */
export interface SignalDraft {
  signalId: string | null;
  channelId: string;
  plannedAt: Date;
  title: string;
  body: string;
  themeIds: string[];
  /** An ad-hoc slot to put it in; without one, a new ad-hoc slot is made at `plannedAt`. */
  slotId?: string | null;
}
type Draft = Omit<Notice, 'to'> & { to: string[] };

@Injectable()
export class PostsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly content: PlanningContent,
    private readonly events: EventsService,
    private readonly slots: SlotsService,
    private readonly assignments: AssignmentsService,
    private readonly users: UsersService,
    private readonly referenceData: ReferenceDataService,
    private readonly outbox: Outbox,
  ) {}

  /** Posts fill slots and take jobs: planning asks here instead of reading the posts table. */
  onModuleInit(): void {
    this.content.register({
      fillsSlot: (em, slotId) => em.getRepository(Post).exists({ where: { slotId, status: Not('CANCELLED') } }),
      jobTarget: async (id) => {
        const post = await this.find(id);
        return post && { title: post.title, status: post.status };
      },
      openJobTargets: async (ids) => {
        const now = Date.now();
        const posts = await this.db.getRepository(Post).find({
          where: { id: In(ids), status: Not(In(['PUBLISHED', 'CANCELLED'])) },
          select: { id: true, plannedAt: true },
        });
        return new Map(
          posts
            .filter((post) => !post.plannedAt || post.plannedAt.getTime() >= now)
            .map((post) => [post.id, post.plannedAt]),
        );
      },
    });
  }

  find(id: string): Promise<Post | null> {
    return isUuid(id) ? this.db.getRepository(Post).findOneBy({ id }) : Promise.resolve(null);
  }

  /** The posts of these ids that exist (in no particular order); ids that are no UUID find nothing. */
  findMany(ids: readonly string[]): Promise<Post[]> {
    const wanted = [...new Set(ids)].filter(isUuid);
    return wanted.length ? this.db.getRepository(Post).findBy({ id: In(wanted) }) : Promise.resolve([]);
  }

  /**
   * Posts planned (or published) in the calendar's range; liaisons see only what went out. One statement; the
   * filters on people and themes join the views planning publishes, the one on departments asks identity for their
   * channels.
   */
  async inCalendar(calendar: Calendar): Promise<Post[]> {
    const query = this.db
      .getRepository(Post)
      .createQueryBuilder('p')
      .where("p.status <> 'CANCELLED'")
      .andWhere('COALESCE(p.published_at, p.planned_at) >= :from AND COALESCE(p.published_at, p.planned_at) < :to', {
        from: calendar.from,
        to: calendar.to,
      });
    if (!isTeam(calendar.viewer.role))
      query.andWhere('p.status IN (:...visible)', { visible: LIAISON_VISIBLE_POST_STATUSES });
    const filter = calendar.filter;
    if (filter?.channelIds?.length) query.andWhere('p.channel_id IN (:...channels)', { channels: filter.channelIds });
    if (filter?.userIds?.length)
      query.andWhere(
        '(p.author_id IN (:...users) OR EXISTS (SELECT 1 FROM planning_post_assignees a WHERE a.post_id = p.id AND a.user_id IN (:...users)))',
        { users: filter.userIds },
      );
    if (filter?.departmentIds?.length)
      query.andWhere('p.channel_id = ANY(:departmentChannels)', {
        departmentChannels: await this.referenceData.channelIdsOfDepartments(filter.departmentIds),
      });
    if (filter?.themeIds?.length) {
      // The same themes `Post.themes` shows: the post's own, else its event's or its rubric's.
      query.andWhere(
        `(EXISTS (SELECT 1 FROM post_themes pt WHERE pt.post_id = p.id AND pt.theme_id IN (:...themes))
          OR (NOT EXISTS (SELECT 1 FROM post_themes own WHERE own.post_id = p.id)
            AND EXISTS (SELECT 1 FROM planning_target_themes t WHERE t.target_id IN (p.event_id, p.slot_id) AND t.theme_id IN (:...themes))))`,
        { themes: filter.themeIds },
      );
    }
    return query.orderBy('COALESCE(p.published_at, p.planned_at)').getMany();
  }

  /**
   * A person's jobs in a range (on events and slots in it, on posts planned in it or not yet planned and still open),
   * soonest first, and for an editor the posts of others waiting for review.
   */
  async myWork(user: SessionUser, from: Date, to: Date): Promise<{ assignments: Assignment[]; reviews: Post[] }> {
    assertRange(from, to);
    const jobs = await this.assignments.jobsOf(user.id, from, to);
    const postIds = [...new Set(jobs.map((job) => job.assignment.postId).filter((id): id is string => !!id))];
    const posts = new Map(
      (postIds.length ? await this.db.getRepository(Post).findBy({ id: In(postIds) }) : []).map((post) => [
        post.id,
        post,
      ]),
    );
    const open = (post: Post) =>
      post.plannedAt
        ? post.plannedAt >= from && post.plannedAt < to
        : !['PUBLISHED', 'CANCELLED'].includes(post.status);
    const dated = jobs.flatMap(({ assignment, startsAt }) => {
      if (!assignment.postId) return [{ assignment, at: startsAt }];
      const post = posts.get(assignment.postId);
      return post && open(post) ? [{ assignment, at: post.plannedAt }] : [];
    });
    const assignments = dated
      .sort((a, b) => (a.at?.getTime() ?? Infinity) - (b.at?.getTime() ?? Infinity))
      .slice(0, 200)
      .map((job) => job.assignment);
    const reviews = isEditor(user.role) ? (await this.approvalQueue()).filter((p) => p.authorId !== user.id) : [];
    return { assignments, reviews };
  }

  /** Posts waiting for review, oldest first. */
  approvalQueue(): Promise<Post[]> {
    return this.db
      .getRepository(Post)
      .find({ where: { status: 'IN_REVIEW' }, order: { submittedAt: 'ASC' }, take: 200 });
  }

  /** Posts crisis mode holds back, the soonest planned first. */
  heldPosts(): Promise<Post[]> {
    return this.db.getRepository(Post).find({
      where: { onHold: true },
      order: { plannedAt: { direction: 'ASC', nulls: 'LAST' }, title: 'ASC' },
      take: 200,
    });
  }

  async create(actor: SessionUser, input: PostInput, siblingGroupId: string = randomUUID()): Promise<Post> {
    const issues = this.check(input, false);
    await this.checkTargets(input, issues);
    if (hasIssues(issues)) throw new BadInputError(issues);
    return this.write(actor, 'create', null, async (em) => {
      const post = await em.save(
        em.create(Post, {
          title: input.title.trim(),
          body: input.body,
          channelId: input.channelId,
          plannedAt: input.plannedAt ?? null,
          status: 'DRAFT',
          authorId: actor.id,
          eventId: input.eventId ?? null,
          slotId: input.slotId ?? null,
          mediaUrls: cleanUrls(input.mediaUrls),
          siblingGroupId,
        }),
      );
      await setThemes(em, post.id, input.themeIds);
      if (post.slotId) await this.content.refreshSlot(em, post.slotId);
      return { post, notify: null };
    });
  }

  /**
   * The newsroom's decision to post about a signal: a draft on the chosen channel and time, in the chosen ad-hoc slot
   * or a new one at that time, carrying the signal's themes and a link back to it. Written in the caller's
   * transaction (with the decision itself); `announce` tells the calendars after that transaction committed.
   */
  async draftFromSignal(
    em: EntityManager,
    actor: SessionUser,
    draft: SignalDraft,
  ): Promise<{ post: Post; announce: () => Promise<void> }> {
    const issues = this.check(draft, false);
    if (!draft.plannedAt || Number.isNaN(draft.plannedAt.getTime())) issues.plannedAt = { code: 'invalidDate' };
    await this.checkTargets(draft, issues);
    if (draft.slotId && !issues.slotId) {
      const chosen = await this.slots.find(draft.slotId);
      // Room kept free for ad-hoc work, on this channel or on none in particular.
      if (chosen?.kind !== 'AD_HOC' || (chosen.channelId && chosen.channelId !== draft.channelId))
        issues.slotId = { code: 'notAllowed' };
    }
    if (hasIssues(issues)) throw new BadInputError(issues);
    const slot = draft.slotId
      ? null
      : await this.slots.createAdHocIn(em, actor, {
          startsAt: draft.plannedAt,
          channelId: draft.channelId,
          title: draft.title,
        });
    const slotId = draft.slotId ?? slot!.id;
    const post = await em.save(
      em.create(Post, {
        title: draft.title.trim(),
        body: draft.body,
        channelId: draft.channelId,
        plannedAt: draft.plannedAt,
        status: 'DRAFT',
        authorId: actor.id,
        slotId,
        signalId: draft.signalId,
        mediaUrls: [],
        siblingGroupId: randomUUID(),
      }),
    );
    await setThemes(em, post.id, draft.themeIds);
    await this.content.refreshSlot(em, slotId);
    await this.audit.record(em, { actor, entityType: 'Post', entityId: post.id, action: 'create', after: post });
    const announce = () =>
      this.feed.publish(
        ...(slot ? [{ entityType: 'Slot', id: slot.id, kind: 'created' as const, actor }] : []),
        { entityType: 'Post', id: post.id, kind: 'created', actor },
        ...(slot ? [] : [{ entityType: 'Slot', id: slotId, kind: 'updated' as const, actor }]),
      );
    return { post, announce };
  }

  /** "Also for channel X": a linked copy for another channel, so that each channel gets its own text. */
  /** What is wrong with a draft an import would make, by field, as `create` would answer it. */
  checkImported(input: PostInput): FieldIssues {
    return this.check(input, false);
  }

  /** Drafts from an import, in the importer's transaction, each on its event; one audit entry for them all. */
  async insertImported(em: EntityManager, actor: SessionUser, importId: string, inputs: PostInput[]): Promise<Post[]> {
    const rows = inputs.map((input) =>
      em.create(Post, {
        title: input.title.trim(),
        body: input.body,
        channelId: input.channelId,
        plannedAt: input.plannedAt ?? null,
        status: 'DRAFT',
        authorId: actor.id,
        eventId: input.eventId ?? null,
        slotId: null,
        mediaUrls: [],
        siblingGroupId: randomUUID(),
      }),
    );
    const saved = await em.save(Post, rows, { chunk: 500 });
    if (saved.length)
      await this.audit.record(em, {
        actor,
        entityType: 'Post',
        entityId: null,
        action: 'import',
        after: { importId, postIds: saved.map((p) => p.id) },
      });
    return saved;
  }

  /**
   * Whether anything was attached to an import's events and drafts since it ran: a draft changed, another post on one
   * of the events, or a comment on either.
   */
  async touchedSince(em: EntityManager, postIds: string[], eventIds: string[]): Promise<boolean> {
    if (postIds.length && (await em.count(Post, { where: { id: In(postIds), version: Not(1) }, withDeleted: true })))
      return true;
    if (eventIds.length && (await em.count(Post, { where: { eventId: In(eventIds), id: Not(In(postIds)) } })))
      return true;
    const commented = await em
      .getRepository(Comment)
      .createQueryBuilder('c')
      .where('c.event_id = ANY(:eventIds) OR c.post_id = ANY(:postIds)', { eventIds, postIds })
      .getCount();
    return commented > 0;
  }

  /** Removes the drafts of an undone import (soft, like every removal), with one audit entry. */
  async removeImported(em: EntityManager, actor: SessionUser, importId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await em.softDelete(Post, ids);
    await this.audit.record(em, {
      actor,
      entityType: 'Post',
      entityId: null,
      action: 'undoImport',
      before: { importId, postIds: ids },
    });
  }

  /** Tells every open calendar what an import made or removed, after its transaction committed. */
  async announceImported(ids: string[], kind: 'created' | 'deleted', actor: SessionUser): Promise<void> {
    await this.feed.publish(...ids.map((id) => ({ entityType: 'Post', id, kind, actor })));
  }

  async createSibling(actor: SessionUser, id: string, channelId: string): Promise<Post> {
    const original = await findOrNotFound(this.db.manager, Post, id);
    const taken = await this.db
      .getRepository(Post)
      .exists({ where: { siblingGroupId: original.siblingGroupId, channelId, deletedAt: IsNull() } });
    if (taken) throw new BadInputError({ channelId: { code: 'taken' } });
    return this.create(
      actor,
      {
        channelId,
        title: original.title,
        body: original.body,
        plannedAt: original.plannedAt,
        eventId: original.eventId,
        slotId: original.slotId,
        mediaUrls: original.mediaUrls,
        themeIds: await this.ownThemeIds(original.id),
      },
      original.siblingGroupId,
    );
  }

  /** Edits a post; an approved or scheduled one goes back to review (and leaves a crisis hold); a published one is frozen. */
  async update(actor: SessionUser, id: string, expectedVersion: number, patch: PostPatch): Promise<Post> {
    const before = await this.current(id, expectedVersion);
    if (before.status === 'PUBLISHED' || before.status === 'CANCELLED')
      throw new InvalidTransitionError(before.status, before.status);
    const issues = this.check(patch, true);
    await this.checkTargets(patch, issues);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const status = statusAfterEdit(before.status);
    const backToReview = status !== before.status;
    return this.write(actor, 'update', before, async (em) => {
      const post = await updateVersioned(em, Post, id, expectedVersion, {
        ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
        ...(patch.body !== undefined ? { body: patch.body } : {}),
        ...(patch.channelId !== undefined ? { channelId: patch.channelId } : {}),
        ...(patch.plannedAt !== undefined ? { plannedAt: patch.plannedAt } : {}),
        ...(patch.mediaUrls !== undefined ? { mediaUrls: cleanUrls(patch.mediaUrls) } : {}),
        ...(backToReview ? { status, submittedAt: new Date(), onHold: false, heldByCrisisId: null } : {}),
      });
      if (patch.themeIds !== undefined) await setThemes(em, id, patch.themeIds, true);
      return { post, notify: backToReview ? await this.reviewersDraft(post) : null };
    });
  }

  async submit(actor: SessionUser, id: string, expectedVersion: number): Promise<Post> {
    const before = await this.current(id, expectedVersion);
    this.assertTransition(before.status, 'IN_REVIEW');
    return this.write(actor, 'submit', before, async (em) => {
      const post = await updateVersioned(em, Post, id, expectedVersion, {
        status: 'IN_REVIEW',
        submittedAt: new Date(),
      });
      return { post, notify: await this.reviewersDraft(post) };
    });
  }

  /** Four eyes: an editor decides, never on their own post. Changes need a comment. */
  async review(
    actor: SessionUser,
    id: string,
    expectedVersion: number,
    decision: ReviewDecision,
    comment: string | null,
  ): Promise<Post> {
    const before = await this.current(id, expectedVersion);
    if (before.authorId === actor.id)
      throw new ForbiddenError({
        nl: 'Je kunt je eigen bericht niet beoordelen.',
        en: 'You cannot review your own post.',
      });
    const issues = check(
      { comment },
      { comment: rules.text(LIMITS.note, { required: decision === 'REQUEST_CHANGES' }) },
    );
    if (hasIssues(issues)) throw new BadInputError(issues);
    const to: PostStatus = decision === 'APPROVE' ? 'APPROVED' : 'CHANGES_REQUESTED';
    this.assertTransition(before.status, to);
    return this.write(
      actor,
      decision === 'APPROVE' ? 'approve' : 'requestChanges',
      before,
      async (em) => {
        await em.save(
          em.create(Review, { postId: id, reviewerId: actor.id, decision, comment: comment?.trim() || null }),
        );
        const post = await updateVersioned(em, Post, id, expectedVersion, { status: to });
        return {
          post,
          notify: {
            kind: decision === 'APPROVE' ? 'POST_APPROVED' : 'CHANGES_REQUESTED',
            to: [post.authorId],
            entityType: 'Post',
            entityId: id,
            subject: post.title,
          },
        };
      },
      decision === 'APPROVE' ? 'post.approved' : undefined,
    );
  }

  /** Schedules an approved post (or moves a scheduled one). During a crisis only an editor who confirms may. */
  async schedule(
    actor: SessionUser,
    id: string,
    expectedVersion: number,
    plannedAt: Date,
    confirmCrisis: boolean,
  ): Promise<Post> {
    const before = await this.current(id, expectedVersion);
    if (before.status !== 'SCHEDULED') this.assertTransition(before.status, 'SCHEDULED');
    if (Number.isNaN(plannedAt.getTime())) throw new BadInputError({ plannedAt: { code: 'invalidDate' } });
    if (plannedAt.getTime() < Date.now() - 60_000) throw new BadInputError({ plannedAt: { code: 'notAllowed' } });
    const crisis = await this.db.getRepository(CrisisActivation).findOneBy({ endedAt: IsNull() });
    if (crisis) {
      if (!isEditor(actor.role))
        throw new ForbiddenError({
          nl: 'Tijdens een crisis plant alleen een eindredacteur berichten in.',
          en: 'During a crisis only an editor schedules posts.',
        });
      if (!confirmCrisis) throw new BadInputError({ confirmCrisis: { code: 'required' } });
    }
    return this.write(
      actor,
      crisis ? 'scheduleDuringCrisis' : 'schedule',
      before,
      async (em) => ({
        post: await updateVersioned(em, Post, id, expectedVersion, { status: 'SCHEDULED', plannedAt }),
        notify: null,
      }),
      'post.scheduled',
    );
  }

  async markPublished(
    actor: SessionUser,
    id: string,
    expectedVersion: number,
    url: string | null,
    publishedAt: Date | null,
  ): Promise<Post> {
    const before = await this.current(id, expectedVersion);
    if (before.onHold) throw new InvalidTransitionError('ON_HOLD', 'PUBLISHED');
    this.assertTransition(before.status, 'PUBLISHED');
    const issues: FieldIssues = {};
    if (url && (!/^https?:\/\/\S+$/.test(url) || url.length > 500)) issues.url = { code: 'invalidChoice' };
    if (publishedAt && (Number.isNaN(publishedAt.getTime()) || publishedAt.getTime() > Date.now() + 60_000))
      issues.publishedAt = { code: 'invalidDate' };
    if (hasIssues(issues)) throw new BadInputError(issues);
    return this.write(
      actor,
      'publish',
      before,
      async (em) => ({
        post: await updateVersioned(em, Post, id, expectedVersion, {
          status: 'PUBLISHED',
          publishedAt: publishedAt ?? new Date(),
          publishedUrl: url || null,
          onHold: false,
        }),
        notify: null,
      }),
      'post.published',
    );
  }

  async cancel(actor: SessionUser, id: string, expectedVersion: number, reason: string): Promise<Post> {
    const issues = check({ reason }, { reason: rules.text(LIMITS.reason, { required: true }) });
    if (hasIssues(issues)) throw new BadInputError(issues);
    const before = await this.current(id, expectedVersion);
    this.assertTransition(before.status, 'CANCELLED');
    return this.write(
      actor,
      'cancel',
      before,
      async (em) => {
        const post = await updateVersioned(em, Post, id, expectedVersion, {
          status: 'CANCELLED',
          cancelReason: reason.trim(),
          onHold: false,
          heldByCrisisId: null,
        });
        if (post.slotId) await this.content.refreshSlot(em, post.slotId);
        return { post, notify: null };
      },
      'post.cancelled',
    );
  }

  private async ownThemeIds(postId: string): Promise<string[]> {
    const rows: { theme_id: string }[] = await this.db.query('SELECT theme_id FROM post_themes WHERE post_id = $1', [
      postId,
    ]);
    return rows.map((row) => row.theme_id);
  }

  private async current(id: string, expectedVersion: number): Promise<Post> {
    const post = await findOrNotFound(this.db.manager, Post, id);
    if (post.version !== expectedVersion) await updateVersioned(this.db.manager, Post, id, expectedVersion, {});
    return post;
  }

  private assertTransition(from: PostStatus, to: PostStatus): void {
    if (!canTransition(POST_TRANSITIONS, from, to)) throw new InvalidTransitionError(from, to);
  }

  /**
   * Every change: in one transaction with its audit entry and notifications, and the outbound webhooks' message of
   * `event` when there is one; published after commit.
   */
  private async write(
    actor: SessionUser,
    action: string,
    before: Post | null,
    change: (em: EntityManager) => Promise<{ post: Post; notify: Draft | null }>,
    event?: WebhookEventType,
  ): Promise<Post> {
    const { post, notify } = await this.db.transaction(async (em) => {
      const result = await change(em);
      await this.audit.record(em, {
        actor,
        entityType: 'Post',
        entityId: result.post.id,
        action,
        before,
        after: result.post,
      });
      if (event) await this.outbox.add(em, event, () => postMessages(this.referenceData, [result.post]));
      return result;
    });
    await this.feed.publish({
      entityType: 'Post',
      id: post.id,
      kind: before ? 'updated' : 'created',
      actor,
      notice: notify ?? undefined,
    });
    if (post.slotId) await this.feed.publish({ entityType: 'Slot', id: post.slotId, kind: 'updated', actor });
    return post;
  }

  private async reviewersDraft(post: Post): Promise<Draft> {
    const editors = await this.users.activeIds(EDITOR_ROLES);
    return {
      kind: 'REVIEW_REQUESTED',
      to: editors.filter((id) => id !== post.authorId),
      entityType: 'Post',
      entityId: post.id,
      subject: post.title,
    };
  }

  private check(input: Partial<PostInput>, partial: boolean): FieldIssues {
    const issues = check(
      input,
      { title: rules.text(LIMITS.title, { required: true }), body: rules.text(BODY_MAX, { required: true }) },
      partial,
    );
    if (input.plannedAt && Number.isNaN(new Date(input.plannedAt).getTime()))
      issues.plannedAt = { code: 'invalidDate' };
    if (
      input.mediaUrls &&
      (input.mediaUrls.length > 10 || input.mediaUrls.some((u) => u.length > 500 || !/^https?:\/\/\S+$/.test(u.trim())))
    )
      issues.mediaUrls = { code: 'invalidChoice' };
    if (input.eventId && input.slotId) issues.slotId = { code: 'notAllowed' };
    return issues;
  }

  private async checkTargets(input: Partial<PostInput>, issues: FieldIssues): Promise<void> {
    if (input.channelId !== undefined && !issues.channelId) {
      const channel = await this.referenceData.findChannel(input.channelId ?? '');
      if (!channel) issues.channelId = { code: 'notFound' };
      else if (channel.status !== 'APPROVED') issues.channelId = { code: 'channelNotApproved' };
      else if (!channel.active) issues.channelId = { code: 'notAllowed' };
    }
    if (input.eventId && !issues.eventId && !(await this.events.get(input.eventId)))
      issues.eventId = { code: 'notFound' };
    await this.referenceData.checkReferences(issues, { themeIds: { kind: 'theme', ids: input.themeIds } });
    if (input.themeIds && input.themeIds.length > 20 && !issues.themeIds) issues.themeIds = { code: 'invalidChoice' };
    if (input.slotId && !issues.slotId) {
      const slot = await this.slots.find(input.slotId);
      if (!slot) issues.slotId = { code: 'notFound' };
      else if (slot.status === 'SKIPPED') issues.slotId = { code: 'notAllowed' };
    }
  }
}

/** Replaces a post's own themes (an empty list: it takes its event's or rubric's again). */
async function setThemes(
  em: EntityManager,
  postId: string,
  themeIds: string[] | null | undefined,
  replace = false,
): Promise<void> {
  if (replace) await em.query('DELETE FROM post_themes WHERE post_id = $1', [postId]);
  const ids = [...new Set(themeIds ?? [])];
  if (ids.length)
    await em.query('INSERT INTO post_themes (post_id, theme_id) SELECT $1, unnest($2::uuid[])', [postId, ids]);
}

function cleanUrls(urls: string[] | null | undefined): string[] {
  return (urls ?? []).map((u) => u.trim()).filter(Boolean);
}
