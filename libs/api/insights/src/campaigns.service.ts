import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { checkAdsBudget, checkCampaign, hasIssues, isUuid, reportYear, type FieldIssues } from '@planbord/domain';
import {
  AuditService,
  BadInputError,
  ChangeFeed,
  findOrNotFound,
  updateVersioned,
  VersionConflictError,
  type SessionUser,
} from '@planbord/api-core';
import { ReferenceDataService } from '@planbord/api-identity';
import { PostsService } from '@planbord/api-publishing';
import type { CampaignInput, CampaignPatch } from './dto/campaign.input';
import { AdsBudget, Campaign } from './insights.entities';

/** Paid reach: campaigns that boost posts on one channel, and the ads budget of each year. */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly referenceData: ReferenceDataService,
    private readonly posts: PostsService,
  ) {}

  /** The campaigns that start in the year, in the order they start. */
  list(year: number): Promise<Campaign[]> {
    const issues = reportYear(year);
    if (hasIssues(issues)) throw new BadInputError(issues);
    return this.db
      .getRepository(Campaign)
      .createQueryBuilder('c')
      .where('c.starts_on BETWEEN :first AND :last', { first: `${year}-01-01`, last: `${year}-12-31` })
      .orderBy('c.starts_on')
      .addOrderBy('c.name')
      .addOrderBy('c.id')
      .getMany();
  }

  find(id: string): Promise<Campaign | null> {
    return isUuid(id) ? this.db.getRepository(Campaign).findOneBy({ id }) : Promise.resolve(null);
  }

  async create(actor: SessionUser, input: CampaignInput): Promise<Campaign> {
    const issues = checkCampaign(input);
    await this.checkReferences(issues, input.channelId, input.postIds);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const campaign = await this.db.transaction(async (em) => {
      const created = await em.save(
        em.create(Campaign, {
          name: input.name.trim(),
          channelId: input.channelId,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          budgetCents: input.budgetCents,
          spentCents: input.spentCents ?? 0,
          results: input.results?.trim() || null,
          createdById: actor.id,
        }),
      );
      const postIds = await setPosts(em, created.id, input.postIds ?? []);
      const after = await em.getRepository(Campaign).findOneByOrFail({ id: created.id });
      await this.audit.record(em, {
        actor,
        entityType: 'Campaign',
        entityId: created.id,
        action: 'create',
        after: { ...after, postIds },
      });
      return after;
    });
    await this.feed.publish({ entityType: 'Campaign', id: campaign.id, kind: 'created', actor });
    return campaign;
  }

  async update(actor: SessionUser, id: string, expectedVersion: number, patch: CampaignPatch): Promise<Campaign> {
    const before = await findOrNotFound(this.db.manager, Campaign, id);
    const issues = checkCampaign(patch, true, before);
    // Moving a campaign to another channel checks its posts against the new one.
    const channelId = patch.channelId ?? before.channelId;
    const postIds = patch.postIds ?? (patch.channelId != null ? await postsOf(this.db.manager, id) : undefined);
    await this.checkReferences(issues, patch.channelId ?? null, postIds, channelId);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const campaign = await this.db.transaction(async (em) => {
      const beforePosts = await postsOf(em, id);
      const after = await updateVersioned(em, Campaign, id, expectedVersion, {
        ...(patch.name != null ? { name: patch.name.trim() } : {}),
        ...(patch.channelId != null ? { channelId: patch.channelId } : {}),
        ...(patch.startsOn != null ? { startsOn: patch.startsOn } : {}),
        ...(patch.endsOn != null ? { endsOn: patch.endsOn } : {}),
        ...(patch.budgetCents != null ? { budgetCents: patch.budgetCents } : {}),
        ...(patch.spentCents != null ? { spentCents: patch.spentCents } : {}),
        ...(patch.results !== undefined ? { results: patch.results?.trim() || null } : {}),
      });
      const afterPosts = patch.postIds ? await setPosts(em, id, patch.postIds, true) : beforePosts;
      await this.audit.record(em, {
        actor,
        entityType: 'Campaign',
        entityId: id,
        action: 'update',
        before: { ...before, postIds: beforePosts },
        after: { ...after, postIds: afterPosts },
      });
      return after;
    });
    await this.feed.publish({ entityType: 'Campaign', id, kind: 'updated', actor });
    return campaign;
  }

  async delete(actor: SessionUser, id: string, expectedVersion: number): Promise<boolean> {
    const before = await findOrNotFound(this.db.manager, Campaign, id);
    await this.db.transaction(async (em) => {
      // The version is checked (and bumped) first; the soft delete then hides the row.
      await updateVersioned(em, Campaign, id, expectedVersion, {});
      await em.getRepository(Campaign).softDelete({ id });
      await this.audit.record(em, {
        actor,
        entityType: 'Campaign',
        entityId: id,
        action: 'delete',
        before: { ...before, postIds: await postsOf(em, id) },
      });
    });
    await this.feed.publish({ entityType: 'Campaign', id, kind: 'deleted', actor });
    return true;
  }

  /** The year's ads budget, when one is set. */
  async budget(year: number): Promise<AdsBudget | null> {
    const issues = reportYear(year);
    if (hasIssues(issues)) throw new BadInputError(issues);
    return this.db.getRepository(AdsBudget).findOneBy({ year });
  }

  /**
   * Sets the year's budget. The first one needs no version; changing one takes the version that was read, so two
   * editors never overwrite each other's amount unseen.
   */
  async setBudget(
    actor: SessionUser,
    year: number,
    budgetCents: number,
    expectedVersion: number | null | undefined,
  ): Promise<AdsBudget> {
    const issues = { ...reportYear(year), ...checkAdsBudget({ budgetCents }) };
    if (hasIssues(issues)) throw new BadInputError(issues);
    const { budget, kind } = await this.db.transaction(async (em) => {
      // One budget per year: concurrent first settings queue on the year's lock instead of racing the unique index.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ads_budget:${year}`]);
      const before = await em.getRepository(AdsBudget).findOneBy({ year });
      if (!before) {
        if (expectedVersion != null) throw new VersionConflictError(0);
        const created = await em.save(em.create(AdsBudget, { year, budgetCents }));
        await this.audit.record(em, {
          actor,
          entityType: 'AdsBudget',
          entityId: created.id,
          action: 'create',
          after: created,
        });
        return { budget: created, kind: 'created' as const };
      }
      if (expectedVersion == null) throw new VersionConflictError(before.version);
      const after = await updateVersioned(em, AdsBudget, before.id, expectedVersion, { budgetCents });
      await this.audit.record(em, {
        actor,
        entityType: 'AdsBudget',
        entityId: before.id,
        action: 'update',
        before,
        after,
      });
      return { budget: after, kind: 'updated' as const };
    });
    await this.feed.publish({ entityType: 'AdsBudget', id: budget.id, kind, actor });
    return budget;
  }

  /**
   * The channel must exist; every post must exist, be on the campaign's channel and not be cancelled (a campaign
   * boosts what is or will be published).
   */
  private async checkReferences(
    issues: FieldIssues,
    channelId: string | null | undefined,
    postIds: readonly string[] | null | undefined,
    campaignChannelId = channelId,
  ): Promise<void> {
    await this.referenceData.checkReferences(issues, { channelId: { kind: 'channel', ids: [channelId] } });
    if (!postIds?.length || issues.postIds || issues.channelId) return;
    const wanted = [...new Set(postIds)];
    const found = await this.posts.findMany(wanted);
    if (found.length !== wanted.length) issues.postIds = { code: 'notFound' };
    else if (found.some((post) => post.channelId !== campaignChannelId || post.status === 'CANCELLED'))
      issues.postIds = { code: 'notAllowed' };
  }
}

/** The ids of a campaign's posts; campaign_posts is insights' own link table. */
async function postsOf(em: EntityManager, campaignId: string): Promise<string[]> {
  const rows: { post_id: string }[] = await em.query(
    'SELECT post_id FROM campaign_posts WHERE campaign_id = $1 ORDER BY post_id',
    [campaignId],
  );
  return rows.map((row) => row.post_id);
}

async function setPosts(em: EntityManager, campaignId: string, postIds: readonly string[], replace = false) {
  if (replace) await em.query('DELETE FROM campaign_posts WHERE campaign_id = $1', [campaignId]);
  const ids = [...new Set(postIds)].sort();
  if (ids.length)
    await em.query('INSERT INTO campaign_posts (campaign_id, post_id) SELECT $1, unnest($2::uuid[])', [
      campaignId,
      ids,
    ]);
  return ids;
}
