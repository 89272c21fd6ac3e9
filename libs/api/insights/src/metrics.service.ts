import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, In, type EntityManager } from 'typeorm';
import {
  checkChannelFollowers,
  checkPostMetrics,
  firstOfMonth,
  hasIssues,
  isUuid,
  METRIC_FIELDS,
  type MetricField,
} from '@planbord/domain';
import {
  AuditService,
  BadInputError,
  ChangeFeed,
  NotFoundError,
  VersionConflictError,
  type SessionUser,
} from '@planbord/api-core';
import { ReferenceDataService } from '@planbord/api-identity';
import { PostsService, type Post } from '@planbord/api-publishing';
import type { PostMetricsInput } from './dto/metrics.input';
import { PostMetrics } from './insights.entities';
import { ChannelFollowers } from './metrics.entities';

/** Follower counts are asked for at most about five years at a time. */
const MAX_FOLLOWER_DAYS = 5 * 366;

export type Counts = Record<MetricField, number | null>;

const countsOf = (row: Partial<Counts>): Counts =>
  Object.fromEntries(METRIC_FIELDS.map((field) => [field, row[field] ?? null])) as Counts;

export const sameCounts = (a: Partial<Counts>, b: Partial<Counts>) =>
  METRIC_FIELDS.every((field) => (a[field] ?? null) === (b[field] ?? null));

/** Whether a post is published, from the view publishing publishes of its published posts. */
export async function publishedPostIds(em: EntityManager | DataSource, ids: readonly string[]): Promise<Set<string>> {
  const wanted = ids.filter(isUuid);
  if (!wanted.length) return new Set();
  const rows: { post_id: string }[] = await em.query(
    'SELECT post_id FROM publishing_published_posts WHERE post_id = ANY($1::uuid[])',
    [wanted],
  );
  return new Set(rows.map((row) => row.post_id));
}

/**
 * The figures of published posts, entered by hand; the import writes through `writeImported`. Each post keeps its
 * latest lifetime totals, and the followers of each channel per month.
 */
@Injectable()
export class MetricsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly posts: PostsService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  /** The figures of these posts, in their order (null where none were recorded). */
  async metricsOf(postIds: readonly string[]): Promise<(PostMetrics | null)[]> {
    const rows = await this.db.getRepository(PostMetrics).findBy({ postId: In(postIds.filter(isUuid)) });
    const byPost = new Map(rows.map((row) => [row.postId, row]));
    return postIds.map((id) => byPost.get(id) ?? null);
  }

  /** Records a published post's figures by hand: the given figures replace all of them (an absent one is unknown). */
  async record(actor: SessionUser, postId: string, input: PostMetricsInput, now = new Date()): Promise<Post> {
    const issues = checkPostMetrics(input, now);
    if (hasIssues(issues)) throw new BadInputError(issues);
    if (!(await publishedPostIds(this.db, [postId])).has(postId))
      throw new BadInputError({ postId: { code: 'notAllowed' } });
    const counts = countsOf(input);
    const capturedAt = input.capturedAt ?? now;
    await this.db.transaction(async (em) => {
      const repo = em.getRepository(PostMetrics);
      const before = await repo.findOne({ where: { postId }, lock: { mode: 'pessimistic_write' } });
      if (input.expectedVersion != null && (before?.version ?? 0) !== input.expectedVersion)
        throw new VersionConflictError(before?.version ?? 0);
      const after = repo.create({
        ...before,
        ...counts,
        postId,
        capturedAt,
        source: 'MANUAL' as const,
        recordedById: actor.id,
        version: (before?.version ?? 0) + 1,
        updatedAt: now,
      });
      await repo.save(after);
      await this.audit.record(em, {
        actor,
        entityType: 'PostMetrics',
        entityId: postId,
        action: before ? 'update' : 'create',
        before,
        after,
      });
    });
    await this.feed.publish({ entityType: 'PostMetrics', id: postId, kind: 'updated', actor });
    const post = await this.posts.find(postId);
    if (!post) throw new NotFoundError('Post', postId);
    return post;
  }

  /**
   * Writes imported figures in the caller's transaction: a post whose figures differ gets them (and a new version),
   * one whose figures are the same only the new `capturedAt`. Answers the posts whose figures changed.
   */
  async writeImported(
    em: EntityManager,
    actor: SessionUser,
    figures: ReadonlyMap<string, Counts>,
    capturedAt: Date,
  ): Promise<string[]> {
    const repo = em.getRepository(PostMetrics);
    const existing = new Map(
      (await repo.find({ where: { postId: In([...figures.keys()]) }, lock: { mode: 'pessimistic_write' } })).map(
        (row) => [row.postId, row],
      ),
    );
    const changed: string[] = [];
    for (const [postId, counts] of figures) {
      const before = existing.get(postId);
      if (before && sameCounts(before, counts)) {
        await repo.update({ postId }, { capturedAt });
        continue;
      }
      const after = repo.create({
        ...before,
        ...counts,
        postId,
        capturedAt,
        source: 'IMPORT' as const,
        recordedById: actor.id,
        version: (before?.version ?? 0) + 1,
        updatedAt: capturedAt,
      });
      await repo.save(after);
      await this.audit.record(em, {
        actor,
        entityType: 'PostMetrics',
        entityId: postId,
        action: before ? 'update' : 'create',
        before: before ?? null,
        after,
      });
      changed.push(postId);
    }
    return changed;
  }

  /** The followers of every channel in the months from `from` to `to` (both first days, inclusive). */
  channelFollowers(from: string, to: string): Promise<ChannelFollowers[]> {
    const first = firstOfMonth(from);
    const last = firstOfMonth(to);
    const issues = {
      ...(first ? {} : { from: { code: 'invalidDate' as const } }),
      ...(last ? {} : { to: { code: 'invalidDate' as const } }),
    };
    if (hasIssues(issues)) throw new BadInputError(issues);
    if (last! < first!) throw new BadInputError({ to: { code: 'endBeforeStart' } });
    if (Date.parse(last!) - Date.parse(first!) > MAX_FOLLOWER_DAYS * 86400_000)
      throw new BadInputError({ to: { code: 'rangeTooLong', maxDays: MAX_FOLLOWER_DAYS } });
    return this.db
      .getRepository(ChannelFollowers)
      .find({ where: { month: Between(first!, last!) }, order: { month: 'ASC', channelId: 'ASC' } });
  }

  /** Records a channel's followers in a month by hand; `expectedVersion` guards a correction of a recorded month. */
  async recordFollowers(
    actor: SessionUser,
    input: { channelId: string; month: string; followers: number; expectedVersion?: number | null },
  ): Promise<ChannelFollowers> {
    const issues = checkChannelFollowers(input);
    if (!(await this.referenceData.findChannel(input.channelId))) issues.channelId = { code: 'notFound' };
    if (hasIssues(issues)) throw new BadInputError(issues);
    const month = firstOfMonth(input.month)!;
    const saved = await this.db.transaction(async (em) => {
      const [row] = await this.upsertFollowers(
        em,
        actor,
        [{ channelId: input.channelId, month, followers: input.followers, source: 'MANUAL' }],
        input.expectedVersion,
      );
      return row;
    });
    await this.feed.publish({ entityType: 'ChannelFollowers', id: saved.id, kind: 'updated', actor });
    return saved;
  }

  /** Sets followers per channel and month in the caller's transaction, with an audit entry for each change. */
  async upsertFollowers(
    em: EntityManager,
    actor: SessionUser,
    counts: readonly { channelId: string; month: string; followers: number; source: 'MANUAL' | 'IMPORT' }[],
    expectedVersion?: number | null,
  ): Promise<ChannelFollowers[]> {
    const repo = em.getRepository(ChannelFollowers);
    const saved: ChannelFollowers[] = [];
    for (const count of counts) {
      const before = await repo.findOne({
        where: { channelId: count.channelId, month: count.month },
        lock: { mode: 'pessimistic_write' },
      });
      if (expectedVersion != null && (before?.version ?? 0) !== expectedVersion)
        throw new VersionConflictError(before?.version ?? 0);
      if (before && before.followers === count.followers && before.source === count.source) {
        saved.push(before);
        continue;
      }
      const after = await repo.save(
        before
          ? repo.merge(before, {
              followers: count.followers,
              source: count.source,
              recordedById: actor.id,
              version: before.version + 1,
            })
          : repo.create({ ...count, recordedById: actor.id }),
      );
      await this.audit.record(em, {
        actor,
        entityType: 'ChannelFollowers',
        entityId: after.id,
        action: before ? 'update' : 'create',
        before,
        after,
      });
      saved.push(after);
    }
    return saved;
  }
}
