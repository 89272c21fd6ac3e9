import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not, type DeepPartial, type EntityManager, type EntityTarget } from 'typeorm';
import {
  can,
  checkAudience,
  checkChannel,
  checkChannelDecision,
  checkChannelProposal,
  checkNamedColor,
  hasIssues,
  isUuid,
  type ChannelStatus,
  type FieldIssues,
} from '@planbord/domain';
import {
  AuditService,
  BadInputError,
  ChangeFeed,
  findOrNotFound,
  InvalidTransitionError,
  updateVersioned,
  type SessionUser,
  type VersionedEntity,
} from '@planbord/api-core';
import { Audience } from './audience.entity';
import { Channel } from './channel.entity';
import { Department } from './department.entity';
import type { ChannelInput, ChannelPatch, ChannelProposalInput } from './dto/reference-data.input';
import { Theme } from './theme.entity';
import { User } from './user.entity';

const REFERENCE_KINDS = {
  department: Department,
  theme: Theme,
  audience: Audience,
  channel: Channel,
  user: User,
} as const;
export type ReferenceKind = keyof typeof REFERENCE_KINDS;

type Named = VersionedEntity & { name: string; active: boolean };
export interface ListQuery {
  includeInactive?: boolean | null;
  take: number;
}

/** Departments, channels, themes and audiences: the lists the media team plans with. Deactivated, never deleted. */
@Injectable()
export class ReferenceDataService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
  ) {}

  /** Adds `notFound` for a field whose ids do not all exist (active or not): how other features check what they link to. */
  async checkReferences(
    issues: FieldIssues,
    refs: Record<string, { kind: ReferenceKind; ids: (string | null | undefined)[] | null | undefined }>,
  ): Promise<void> {
    for (const [field, { kind, ids }] of Object.entries(refs)) {
      const wanted = [...new Set((ids ?? []).filter((id): id is string => !!id))];
      if (wanted.length === 0 || issues[field]) continue;
      const found = wanted.every(isUuid)
        ? await this.db.getRepository(REFERENCE_KINDS[kind]).count({ where: { id: In(wanted) } })
        : 0;
      if (found !== wanted.length) issues[field] = { code: 'notFound' };
    }
  }

  findChannel(id: string): Promise<Channel | null> {
    return isUuid(id) ? this.db.getRepository(Channel).findOneBy({ id }) : Promise.resolve(null);
  }

  findDepartment(id: string): Promise<Department | null> {
    return isUuid(id) ? this.db.getRepository(Department).findOneBy({ id }) : Promise.resolve(null);
  }

  /** Active departments and approved active channels, by name: what a file import may name. */
  async plannableByName(): Promise<{ departments: Department[]; channels: Channel[] }> {
    const [departments, channels] = await Promise.all([
      this.db.getRepository(Department).find({ where: { active: true }, order: { name: 'ASC' } }),
      this.db.getRepository(Channel).find({ where: { active: true, status: 'APPROVED' }, order: { name: 'ASC' } }),
    ]);
    return { departments, channels };
  }

  /** The channels these departments own. */
  async channelIdsOfDepartments(departmentIds: string[]): Promise<string[]> {
    const rows = await this.db
      .getRepository(Channel)
      .find({ where: { ownerDepartmentId: In(departmentIds) }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  /**
   * Adds `channelNotApproved` for a field naming a channel that is still a proposal or was declined: only approved
   * channels can be planned on. Call after `checkReferences`, which reports channels that do not exist.
   */
  async checkPlannableChannels(
    issues: FieldIssues,
    field: string,
    ids: (string | null | undefined)[] | null | undefined,
  ): Promise<void> {
    const wanted = [...new Set((ids ?? []).filter((id): id is string => !!id))];
    if (wanted.length === 0 || issues[field] || !wanted.every(isUuid)) return;
    const unapproved = await this.db
      .getRepository(Channel)
      .count({ where: { id: In(wanted), status: Not('APPROVED') } });
    if (unapproved > 0) issues[field] = { code: 'channelNotApproved' };
  }

  /** Active channels no department owns yet, by name (at most `take`), and how many there are. */
  channelsWithoutOwner(take: number): Promise<[Channel[], number]> {
    return this.db
      .getRepository(Channel)
      .findAndCount({ where: { active: true, ownerDepartmentId: IsNull() }, order: { name: 'ASC' }, take });
  }

  /** Lists a reference table; of channels only the approved ones, the only ones that can be planned on. */
  list<T extends Named>(target: EntityTarget<T>, query: ListQuery): Promise<T[]> {
    return this.db.getRepository(target).find({
      where: {
        ...(query.includeInactive ? {} : { active: true }),
        ...(target === Channel ? { status: 'APPROVED' } : {}),
      } as never,
      order: { name: 'ASC' } as never,
      take: query.take,
    });
  }

  /** Creates or updates a department, theme or audience, whose only fields are a name, maybe a colour, and `active`. */
  async saveNamed<T extends Named>(
    actor: SessionUser,
    target: EntityTarget<T>,
    input: { name: string; color?: string; active?: boolean | null },
    id?: string,
    expectedVersion?: number | null,
  ): Promise<T> {
    const issues = target === Audience ? checkAudience(input) : checkNamedColor(input);
    await this.checkUniqueName(this.db.manager, target, input.name, id, issues);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const values = {
      name: input.name.trim(),
      ...(input.color !== undefined ? { color: input.color.toLowerCase() } : {}),
      ...(input.active != null ? { active: input.active } : {}),
    };
    return this.persist(actor, target, values, id, expectedVersion);
  }

  async saveChannel(
    actor: SessionUser,
    input: ChannelInput | ChannelPatch,
    id?: string,
    expectedVersion?: number | null,
  ): Promise<Channel> {
    const issues = checkChannel(input, id !== undefined);
    const audiences = await this.checkChannelReferences(input, id, issues);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const values = this.channelValues(input);
    if ('active' in input && input.active != null) values.active = input.active;
    return this.persist(actor, Channel, values, id, expectedVersion, this.linkAudiences(audiences));
  }

  /** A liaison or team member proposes a new channel; until an editor approves it, nothing can be planned on it. */
  async proposeChannel(actor: SessionUser, input: ChannelProposalInput): Promise<Channel> {
    const issues = checkChannelProposal(input);
    const audiences = await this.checkChannelReferences(input, undefined, issues);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const values: Partial<Channel> = {
      ...this.channelValues(input),
      status: 'PROPOSED',
      reason: input.reason.trim(),
      proposedById: actor.id,
    };
    return this.persist(actor, Channel, values, undefined, undefined, this.linkAudiences(audiences), 'propose');
  }

  /** An editor approves or declines a proposed channel, with a note; the proposer is told. */
  async decideChannelProposal(
    actor: SessionUser,
    id: string,
    expectedVersion: number,
    approve: boolean,
    note: string | null | undefined,
  ): Promise<Channel> {
    const issues = checkChannelDecision({ approve, note });
    if (hasIssues(issues)) throw new BadInputError(issues);
    const before = await findOrNotFound(this.db.manager, Channel, id);
    if (before.version !== expectedVersion) await updateVersioned(this.db.manager, Channel, id, expectedVersion, {});
    const to: ChannelStatus = approve ? 'APPROVED' : 'DECLINED';
    if (before.status !== 'PROPOSED') throw new InvalidTransitionError(before.status, to);
    if (approve) {
      const nameIssues: FieldIssues = {};
      await this.checkUniqueName(this.db.manager, Channel, before.name, id, nameIssues);
      if (hasIssues(nameIssues)) throw new BadInputError(nameIssues);
    }
    const channel = await this.db.transaction(async (em) => {
      const after = await updateVersioned(em, Channel, id, expectedVersion, {
        status: to,
        decisionNote: note?.trim() || null,
        decidedById: actor.id,
        decidedAt: new Date(),
      });
      await this.audit.record(em, {
        actor,
        entityType: 'Channel',
        entityId: id,
        action: approve ? 'approve' : 'decline',
        before,
        after,
      });
      return after;
    });
    await this.feed.publish({
      entityType: 'Channel',
      id,
      kind: 'updated',
      actor,
      notice: {
        kind: approve ? 'CHANNEL_APPROVED' : 'CHANNEL_DECLINED',
        to: [before.proposedById],
        entityType: 'Channel',
        entityId: id,
        subject: before.name,
      },
    });
    return channel;
  }

  /** Proposals, newest first: editors see everyone's (or with `mine` their own), everyone else their own. */
  channelProposals(
    actor: SessionUser,
    query: { statuses?: ChannelStatus[] | null; mine?: boolean | null; take: number },
  ): Promise<Channel[]> {
    const builder = this.db
      .getRepository(Channel)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.ownerDepartment', 'd')
      .leftJoinAndSelect('c.audiences', 'a')
      .where('c.proposed_by_id IS NOT NULL');
    if (query.mine || !can(actor.role, 'Mutation.decideChannelProposal'))
      builder.andWhere('c.proposed_by_id = :me', { me: actor.id });
    if (query.statuses?.length) builder.andWhere('c.status IN (:...statuses)', { statuses: query.statuses });
    return builder.orderBy('c.created_at', 'DESC').addOrderBy('c.id').take(query.take).getMany();
  }

  private channelValues(input: ChannelInput | ChannelPatch): Partial<Channel> {
    const values: Partial<Channel> = {};
    if (input.name !== undefined) values.name = input.name.trim();
    if (input.kind !== undefined) values.kind = input.kind;
    if (input.handle !== undefined) values.handle = input.handle?.trim() || null;
    if (input.ownerDepartmentId !== undefined) values.ownerDepartmentId = input.ownerDepartmentId;
    return values;
  }

  /** Checks the name, owner department and audiences of a channel; returns the audiences to link, if given. */
  private async checkChannelReferences(
    input: ChannelInput | ChannelPatch,
    id: string | undefined,
    issues: FieldIssues,
  ): Promise<Audience[] | undefined> {
    if (input.name !== undefined) await this.checkUniqueName(this.db.manager, Channel, input.name, id, issues);
    if (
      input.ownerDepartmentId &&
      !(
        isUuid(input.ownerDepartmentId) &&
        (await this.db.getRepository(Department).existsBy({ id: input.ownerDepartmentId }))
      )
    ) {
      issues.ownerDepartmentId = { code: 'notFound' };
    }
    const audienceIds = input.audienceIds ? [...new Set(input.audienceIds)] : undefined;
    if (!audienceIds) return undefined;
    const audiences = audienceIds.every(isUuid)
      ? await this.db.getRepository(Audience).findBy({ id: In(audienceIds) })
      : [];
    if (audiences.length !== audienceIds.length) issues.audienceIds = { code: 'notFound' };
    return audiences;
  }

  private linkAudiences(audiences: Audience[] | undefined) {
    return async (em: EntityManager, channel: Channel) => {
      if (!audiences) return;
      await em
        .createQueryBuilder()
        .relation(Channel, 'audiences')
        .of(channel.id)
        .addAndRemove(
          audiences.map((a) => a.id),
          channel.audiences.map((a) => a.id),
        );
    };
  }

  private async persist<T extends VersionedEntity>(
    actor: SessionUser,
    target: EntityTarget<T>,
    values: object,
    id: string | undefined,
    expectedVersion: number | null | undefined,
    afterWrite?: (em: EntityManager, row: T) => Promise<void>,
    action?: string,
  ): Promise<T> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(target);
      const entityType = repo.metadata.name;
      const before = id ? await findOrNotFound(em, target, id) : null;
      let row: T;
      if (id) {
        row = await updateVersioned(em, target, id, expectedVersion, values as never);
      } else {
        const saved = await repo.save(repo.create(values as DeepPartial<T>));
        row = await repo.findOneByOrFail({ id: saved.id } as never);
      }
      if (afterWrite) {
        await afterWrite(em, row);
        row = await repo.findOneByOrFail({ id: row.id } as never);
      }
      await this.audit.record(em, {
        actor,
        entityType,
        entityId: row.id,
        action: action ?? (id ? 'update' : 'create'),
        before,
        after: row,
      });
      return row;
    });
  }

  private async checkUniqueName(
    em: EntityManager,
    target: EntityTarget<Named>,
    name: string | undefined,
    exceptId: string | undefined,
    issues: FieldIssues,
  ): Promise<void> {
    if (!name || issues.name) return;
    const query = em
      .getRepository(target)
      .createQueryBuilder('t')
      .where('lower(t.name) = lower(:name)', { name: name.trim() });
    if (exceptId) query.andWhere('t.id <> :id', { id: exceptId });
    // A declined proposal does not keep its name taken.
    if (target === Channel) query.andWhere("t.status <> 'DECLINED'");
    if ((await query.getCount()) > 0) issues.name = { code: 'taken' };
  }
}
