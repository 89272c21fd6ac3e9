import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CAMPAIGN_LIMITS,
  checkEvaluation,
  hasIssues,
  isEditor,
  reportRange,
  rules,
  type FieldIssues,
} from '@planbord/domain';
import {
  AuditService,
  BadInputError,
  boundedTake,
  ChangeFeed,
  findOrNotFound,
  ForbiddenError,
  updateVersioned,
  type SessionUser,
} from '@planbord/api-core';
import { RubricsService } from '@planbord/api-planning';
import { PostsService } from '@planbord/api-publishing';
import type { EvaluationInput } from './dto/campaign.input';
import { Evaluation } from './evaluation.entity';
import type { PostPerformance, PostPerformanceList } from './evaluations.types';

const SEARCH_MAX = 200;

const ONLY_AUTHOR = {
  nl: 'Alleen wie een evaluatie schreef, kan haar wijzigen.',
  en: 'Only the person who wrote an evaluation can change it.',
};
const AUTHOR_OR_EDITOR = {
  nl: 'Alleen wie een evaluatie schreef of een redacteur kan haar verwijderen.',
  en: 'Only the person who wrote an evaluation or an editor can delete it.',
};

/** Learning from what worked: evaluations of published posts and rubrics, and the best and worst posts of a period. */
@Injectable()
export class EvaluationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly posts: PostsService,
    private readonly rubrics: RubricsService,
  ) {}

  /**
   * Evaluations written in `[from, to)` (either may be left out), of one post or rubric or all, newest first; with a search, the Dutch words of what
   * worked and what we would do differently are matched stemmed ("campagnes" finds "campagne"), best match first.
   */
  async list(query: {
    search?: string | null;
    take?: number | null;
    from?: Date | null;
    to?: Date | null;
    postId?: string | null;
    rubricId?: string | null;
  }) {
    const take = boundedTake(query.take);
    const search = query.search?.trim() ?? '';
    const issues: FieldIssues = {};
    const tooLong = rules.text(SEARCH_MAX)(search);
    if (tooLong) issues.search = tooLong;
    if (query.from && query.to && query.to <= query.from) issues.to = { code: 'endBeforeStart' };
    if (hasIssues(issues)) throw new BadInputError(issues);
    const q = this.db.getRepository(Evaluation).createQueryBuilder('e');
    if (query.from) q.andWhere('e.created_at >= :from', { from: query.from });
    if (query.to) q.andWhere('e.created_at < :to', { to: query.to });
    if (query.postId) q.andWhere('e.post_id = :postId', { postId: query.postId });
    if (query.rubricId) q.andWhere('e.rubric_id = :rubricId', { rubricId: query.rubricId });
    if (search) {
      q.andWhere(`e.search @@ websearch_to_tsquery('dutch', :search)`, { search });
      q.orderBy(`ts_rank(e.search, websearch_to_tsquery('dutch', :search))`, 'DESC');
      q.addOrderBy('e.created_at', 'DESC');
    } else q.orderBy('e.created_at', 'DESC');
    return q.addOrderBy('e.id', 'DESC').take(take).getMany();
  }

  /** Writes a new evaluation (without `id`), or changes one of the actor's own (with `id` and its version). */
  async save(
    actor: SessionUser,
    id: string | null | undefined,
    input: EvaluationInput,
    expectedVersion: number | null | undefined,
  ): Promise<Evaluation> {
    return id ? this.update(actor, id, input, expectedVersion) : this.create(actor, input);
  }

  private async create(actor: SessionUser, input: EvaluationInput): Promise<Evaluation> {
    const issues = checkEvaluation(input, true);
    if (input.postId && !issues.postId) {
      const post = await this.posts.find(input.postId);
      if (!post) issues.postId = { code: 'notFound' };
      else if (post.status !== 'PUBLISHED') issues.postId = { code: 'notAllowed' };
    }
    if (input.rubricId && !issues.rubricId && !(await this.rubrics.find(input.rubricId)))
      issues.rubricId = { code: 'notFound' };
    if (hasIssues(issues)) throw new BadInputError(issues);
    const evaluation = await this.db.transaction(async (em) => {
      const created = await em.save(
        em.create(Evaluation, {
          postId: input.postId ?? null,
          rubricId: input.postId ? null : (input.rubricId ?? null),
          worked: input.worked?.trim() || null,
          different: input.different?.trim() || null,
          authorId: actor.id,
        }),
      );
      const after = await em.getRepository(Evaluation).findOneByOrFail({ id: created.id });
      await this.audit.record(em, { actor, entityType: 'Evaluation', entityId: after.id, action: 'create', after });
      return after;
    });
    await this.feed.publish({ entityType: 'Evaluation', id: evaluation.id, kind: 'created', actor });
    return evaluation;
  }

  private async update(
    actor: SessionUser,
    id: string,
    input: EvaluationInput,
    expectedVersion: number | null | undefined,
  ): Promise<Evaluation> {
    const before = await findOrNotFound(this.db.manager, Evaluation, id);
    if (before.authorId !== actor.id) throw new ForbiddenError(ONLY_AUTHOR);
    const issues = checkEvaluation(input, false);
    if (expectedVersion == null) issues.expectedVersion = { code: 'required' };
    // What an evaluation is about stays: naming another post or rubric is a mistake, not a move.
    if (input.postId && input.postId !== before.postId) issues.postId = { code: 'notAllowed' };
    if (input.rubricId && input.rubricId !== before.rubricId) issues.rubricId = { code: 'notAllowed' };
    if (hasIssues(issues)) throw new BadInputError(issues);
    const evaluation = await this.db.transaction(async (em) => {
      const after = await updateVersioned(em, Evaluation, id, expectedVersion, {
        worked: input.worked?.trim() || null,
        different: input.different?.trim() || null,
      });
      await this.audit.record(em, { actor, entityType: 'Evaluation', entityId: id, action: 'update', before, after });
      return after;
    });
    await this.feed.publish({ entityType: 'Evaluation', id, kind: 'updated', actor });
    return evaluation;
  }

  async delete(actor: SessionUser, id: string, expectedVersion: number): Promise<boolean> {
    const before = await findOrNotFound(this.db.manager, Evaluation, id);
    if (before.authorId !== actor.id && !isEditor(actor.role)) throw new ForbiddenError(AUTHOR_OR_EDITOR);
    await this.db.transaction(async (em) => {
      // The version is checked (and bumped) first; the soft delete then hides the row.
      await updateVersioned(em, Evaluation, id, expectedVersion, {});
      await em.getRepository(Evaluation).softDelete({ id });
      await this.audit.record(em, { actor, entityType: 'Evaluation', entityId: id, action: 'delete', before });
    });
    await this.feed.publish({ entityType: 'Evaluation', id, kind: 'deleted', actor });
    return true;
  }

  /**
   * The posts published in `[from, to)` that have figures, ranked by interactions (reactions, comments, shares,
   * clicks and saves; a missing figure counts 0). Best: most first, ties broken by more reach, then the one published
   * first, then the id; worst: fewest first, ties by less reach, then published first, then the id. A post in the
   * best is not listed again among the worst, so a quiet month lists each post once.
   */
  async performance(from: Date, to: Date, take: number | null | undefined): Promise<PostPerformanceList> {
    const issues = reportRange(from, to);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const limit = boundedTake(take, CAMPAIGN_LIMITS.performanceTake);
    const ranked = (order: string, exclude: string[]) =>
      this.db.query(
        `SELECT p.post_id, p.published_at, m.reach,
           coalesce(m.reactions, 0) + coalesce(m.comments, 0) + coalesce(m.shares, 0) + coalesce(m.clicks, 0)
             + coalesce(m.saves, 0) AS interactions
         FROM publishing_published_posts p JOIN post_metrics m ON m.post_id = p.post_id
         WHERE p.published_at >= $1 AND p.published_at < $2 AND NOT (p.post_id = ANY($3::uuid[]))
         ORDER BY ${order}, p.published_at, p.post_id
         LIMIT $4`,
        [from, to, exclude, limit],
      ) as Promise<{ post_id: string; published_at: Date; reach: number | null; interactions: string }[]>;
    const toRow = (row: Awaited<ReturnType<typeof ranked>>[number]): PostPerformance => ({
      postId: row.post_id,
      publishedAt: row.published_at,
      reach: row.reach,
      interactions: Number(row.interactions),
    });
    const best = (await ranked('interactions DESC, coalesce(m.reach, 0) DESC', [])).map(toRow);
    const worst = (
      await ranked(
        'interactions ASC, coalesce(m.reach, 0) ASC',
        best.map((row) => row.postId),
      )
    ).map(toRow);
    return { best, worst };
  }
}
