import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { check, hasIssues, isUuid, LIMITS, rules, type FieldIssues } from '@planbord/domain';
import {
  AuditService,
  BadInputError,
  ChangeFeed,
  findOrNotFound,
  InvalidTransitionError,
  updateVersioned,
  type SessionUser,
} from '@planbord/api-core';
import type { AdHocSlotInput } from './dto/planning.input';
import { ReferenceDataService } from '@planbord/api-identity';
import { Slot } from './slot.entity';

@Injectable()
export class SlotsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly referenceData: ReferenceDataService,
  ) {}

  /** A slot with what to call it: its own title, else its rubric's name. */
  async titleOf(id: string): Promise<string | null> {
    if (!isUuid(id)) return null;
    const rows: { title: string }[] = await this.db.query(
      "SELECT COALESCE(s.title, r.name, '') AS title FROM slots s LEFT JOIN rubrics r ON r.id = s.rubric_id WHERE s.id = $1 AND s.deleted_at IS NULL",
      [id],
    );
    return rows[0]?.title ?? null;
  }

  find(id: string): Promise<Slot | null> {
    return isUuid(id) ? this.db.getRepository(Slot).findOneBy({ id }) : Promise.resolve(null);
  }

  /** Reserves free room for an ad-hoc item: a moment, maybe a channel and a working title. */
  async createAdHoc(actor: SessionUser, input: AdHocSlotInput): Promise<Slot> {
    await this.checkAdHoc(input);
    const slot = await this.db.transaction((em) => this.insertAdHoc(em, actor, input));
    await this.feed.publish({ entityType: 'Slot', id: slot.id, kind: 'created' });
    return slot;
  }

  /**
   * The same, in the caller's transaction (another feature's change that needs room in the calendar); the caller
   * publishes the slot's creation after its commit.
   */
  async createAdHocIn(em: EntityManager, actor: SessionUser, input: AdHocSlotInput): Promise<Slot> {
    await this.checkAdHoc(input);
    return this.insertAdHoc(em, actor, input);
  }

  private async checkAdHoc(input: AdHocSlotInput): Promise<void> {
    const issues: FieldIssues = check(input, { title: rules.text(LIMITS.title) });
    if (!input.startsAt || Number.isNaN(input.startsAt.getTime())) issues.startsAt = { code: 'invalidDate' };
    await this.referenceData.checkReferences(issues, { channelId: { kind: 'channel', ids: [input.channelId] } });
    await this.referenceData.checkPlannableChannels(issues, 'channelId', [input.channelId]);
    if (hasIssues(issues)) throw new BadInputError(issues);
  }

  private async insertAdHoc(em: EntityManager, actor: SessionUser, input: AdHocSlotInput): Promise<Slot> {
    const saved = await em.save(
      em.create(Slot, {
        kind: 'AD_HOC',
        status: 'OPEN',
        startsAt: input.startsAt,
        channelId: input.channelId ?? null,
        title: input.title?.trim() || null,
      }),
    );
    await this.audit.record(em, { actor, entityType: 'Slot', entityId: saved.id, action: 'create', after: saved });
    return saved;
  }

  async skip(actor: SessionUser, id: string, expectedVersion: number, reason: string): Promise<Slot> {
    const issues = check({ reason }, { reason: rules.text(LIMITS.reason, { required: true }) });
    if (hasIssues(issues)) throw new BadInputError(issues);
    return this.change(actor, id, expectedVersion, 'skip', (slot) => {
      if (slot.status !== 'OPEN') throw new InvalidTransitionError(slot.status, 'SKIPPED');
      return { status: 'SKIPPED', skipReason: reason.trim() };
    });
  }

  /** Undoes a skip. */
  reopen(actor: SessionUser, id: string, expectedVersion: number): Promise<Slot> {
    return this.change(actor, id, expectedVersion, 'reopen', (slot) => {
      if (slot.status !== 'SKIPPED') throw new InvalidTransitionError(slot.status, 'OPEN');
      return { status: 'OPEN', skipReason: null };
    });
  }

  /** Moves a slot to another moment; a rubric slot moved away from its rule is then off-pattern. */
  move(actor: SessionUser, id: string, expectedVersion: number, startsAt: Date): Promise<Slot> {
    if (Number.isNaN(startsAt.getTime())) throw new BadInputError({ startsAt: { code: 'invalidDate' } });
    return this.change(actor, id, expectedVersion, 'move', (slot) => ({
      startsAt,
      offPattern: slot.kind === 'RUBRIC' ? true : slot.offPattern,
    }));
  }

  private async change(
    actor: SessionUser,
    id: string,
    expectedVersion: number,
    action: string,
    changes: (slot: Slot) => Partial<Slot>,
  ): Promise<Slot> {
    const before = await findOrNotFound(this.db.manager, Slot, id);
    if (before.version !== expectedVersion) await updateVersioned(this.db.manager, Slot, id, expectedVersion, {});
    const patch = changes(before);
    const slot = await this.db
      .transaction(async (em) => {
        const after = await updateVersioned(em, Slot, id, expectedVersion, patch);
        await this.audit.record(em, { actor, entityType: 'Slot', entityId: id, action, before, after });
        return after;
      })
      .catch((error: { driverError?: { code?: string } }) => {
        // Two slots of one rubric cannot share a moment.
        if (error.driverError?.code === '23505') throw new BadInputError({ startsAt: { code: 'taken' } });
        throw error;
      });
    await this.feed.publish({ entityType: 'Slot', id: id, kind: 'updated' });
    return slot;
  }
}
