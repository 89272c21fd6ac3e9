import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { check, hasIssues, LIMITS, rules } from '@planbord/domain';
import {
  AuditService,
  BadInputError,
  ChangeFeed,
  InvalidTransitionError,
  Outbox,
  type SessionUser,
} from '@planbord/api-core';
import { ReferenceDataService, UsersService } from '@planbord/api-identity';
import { postMessages } from './post-messages';
import { CrisisActivation, Post } from './publishing.entities';

export interface CrisisSnapshot {
  active: boolean;
  activationId: string | null;
  reason: string | null;
  since: Date | null;
  byId: string | null;
  heldPosts: number;
}

/**
 * The crisis switch. On: every approved or scheduled post not yet published is held, and which ones is recorded.
 * Off: exactly those are released; posts approved during the crisis stay as they are.
 */
@Injectable()
export class CrisisService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly users: UsersService,
    private readonly referenceData: ReferenceDataService,
    private readonly outbox: Outbox,
  ) {}

  async state(): Promise<CrisisSnapshot> {
    const current = await this.db.getRepository(CrisisActivation).findOneBy({ endedAt: IsNull() });
    if (!current) return { active: false, activationId: null, reason: null, since: null, byId: null, heldPosts: 0 };
    const [{ n }] = await this.db.query(
      'SELECT count(*)::int AS n FROM posts WHERE held_by_crisis_id = $1 AND on_hold',
      [current.id],
    );
    return {
      active: true,
      activationId: current.id,
      reason: current.reason,
      since: current.startedAt,
      byId: current.startedById,
      heldPosts: n,
    };
  }

  async set(actor: SessionUser, active: boolean, reason: string): Promise<CrisisSnapshot> {
    const issues = check({ reason }, { reason: rules.text(LIMITS.reason, { required: true }) });
    if (hasIssues(issues)) throw new BadInputError(issues);
    const current = await this.db.getRepository(CrisisActivation).findOneBy({ endedAt: IsNull() });
    if (active === !!current)
      throw new InvalidTransitionError(current ? 'ACTIVE' : 'INACTIVE', active ? 'ACTIVE' : 'INACTIVE');
    const activationId = await this.db.transaction(async (em) => {
      let activationId: string;
      let posts: string[];
      if (active) {
        const activation = await em.save(
          em.create(CrisisActivation, { reason: reason.trim(), startedAt: new Date(), startedById: actor.id }),
        );
        activationId = activation.id;
        const held: { id: string }[] = await em
          .query(
            `UPDATE posts SET on_hold = true, held_by_crisis_id = $1, version = version + 1, updated_at = now()
            WHERE status IN ('APPROVED','SCHEDULED') AND NOT on_hold AND published_at IS NULL AND deleted_at IS NULL RETURNING id`,
            [activation.id],
          )
          .then(([rows]: [{ id: string }[]]) => rows);
        posts = held.map((r) => r.id);
      } else {
        activationId = current!.id;
        await em.update(
          CrisisActivation,
          { id: current!.id },
          { endedAt: new Date(), endedById: actor.id, endReason: reason.trim() },
        );
        const released: { id: string }[] = await em
          .query(
            `UPDATE posts SET on_hold = false, held_by_crisis_id = NULL, version = version + 1, updated_at = now()
            WHERE held_by_crisis_id = $1 RETURNING id`,
            [current!.id],
          )
          .then(([rows]: [{ id: string }[]]) => rows);
        posts = released.map((r) => r.id);
      }
      await this.audit.record(em, {
        actor,
        entityType: 'Crisis',
        entityId: activationId,
        action: active ? 'crisisOn' : 'crisisOff',
        after: { reason: reason.trim(), [active ? 'heldPostIds' : 'releasedPostIds']: posts },
      });
      await this.outbox.add(em, active ? 'crisis.activated' : 'crisis.lifted', () => ({
        id: activationId,
        active,
        reason: reason.trim(),
        by: { id: actor.id, name: actor.name },
        posts,
        link: '/',
      }));
      await this.outbox.add(em, active ? 'post.held' : 'post.released', async () =>
        posts.length ? postMessages(this.referenceData, await em.findBy(Post, { id: In(posts) })) : [],
      );
      return activationId;
    });
    await this.feed.publish({
      entityType: 'Crisis',
      id: 'crisis',
      kind: 'updated',
      actor,
      notice: {
        kind: 'CRISIS_SWITCHED',
        to: await this.users.activeIds(),
        entityType: 'Crisis',
        entityId: activationId,
        subject: reason.trim(),
        outcome: active ? 'ON' : 'OFF',
      },
    });
    return this.state();
  }
}
