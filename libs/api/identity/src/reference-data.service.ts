import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type DeepPartial, type EntityManager, type EntityTarget } from 'typeorm';
import { checkAudience, checkChannel, checkNamedColor, hasIssues, isUuid, type FieldIssues } from '@planbord/domain';
import { AuditService, BadInputError, findOrNotFound, updateVersioned, type SessionUser, type VersionedEntity } from '@planbord/api-core';
import { Audience } from './audience.entity';
import { Channel } from './channel.entity';
import { Department } from './department.entity';
import type { ChannelInput, ChannelPatch } from './dto/reference-data.input';
import { Theme } from './theme.entity';
import { User } from './user.entity';

const REFERENCE_KINDS = { department: Department, theme: Theme, audience: Audience, channel: Channel, user: User } as const;
export type ReferenceKind = keyof typeof REFERENCE_KINDS;

type Named = VersionedEntity & { name: string; active: boolean };
export interface ListQuery { includeInactive?: boolean | null; take: number }

/** Departments, channels, themes and audiences: the lists the media team plans with. Deactivated, never deleted. */
@Injectable()
export class ReferenceDataService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Adds `notFound` for a field whose ids do not all exist (active or not): how other features check what they link to. */
  async checkReferences(issues: FieldIssues, refs: Record<string, { kind: ReferenceKind; ids: (string | null | undefined)[] | null | undefined }>): Promise<void> {
    for (const [field, { kind, ids }] of Object.entries(refs)) {
      const wanted = [...new Set((ids ?? []).filter((id): id is string => !!id))];
      if (wanted.length === 0 || issues[field]) continue;
      const found = wanted.every(isUuid) ? await this.db.getRepository(REFERENCE_KINDS[kind]).count({ where: { id: In(wanted) } }) : 0;
      if (found !== wanted.length) issues[field] = { code: 'notFound' };
    }
  }

  findChannel(id: string): Promise<Channel | null> {
    return isUuid(id) ? this.db.getRepository(Channel).findOneBy({ id }) : Promise.resolve(null);
  }

  /** The channels these departments own. */
  async channelIdsOfDepartments(departmentIds: string[]): Promise<string[]> {
    const rows = await this.db.getRepository(Channel).find({ where: { ownerDepartmentId: In(departmentIds) }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  /** Active channels no department owns yet, by name (at most `take`), and how many there are. */
  channelsWithoutOwner(take: number): Promise<[Channel[], number]> {
    return this.db.getRepository(Channel).findAndCount({ where: { active: true, ownerDepartmentId: IsNull() }, order: { name: 'ASC' }, take });
  }

  list<T extends Named>(target: EntityTarget<T>, query: ListQuery): Promise<T[]> {
    return this.db.getRepository(target).find({
      where: (query.includeInactive ? {} : { active: true }) as never,
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
    const values = { name: input.name.trim(), ...(input.color !== undefined ? { color: input.color.toLowerCase() } : {}), ...(input.active != null ? { active: input.active } : {}) };
    return this.persist(actor, target, values, id, expectedVersion);
  }

  async saveChannel(actor: SessionUser, input: ChannelInput | ChannelPatch, id?: string, expectedVersion?: number | null): Promise<Channel> {
    const issues = checkChannel(input, id !== undefined);
    if (input.name !== undefined) await this.checkUniqueName(this.db.manager, Channel, input.name, id, issues);
    if (input.ownerDepartmentId && !(isUuid(input.ownerDepartmentId) && (await this.db.getRepository(Department).existsBy({ id: input.ownerDepartmentId })))) {
      issues.ownerDepartmentId = { code: 'notFound' };
    }
    const audienceIds = input.audienceIds ? [...new Set(input.audienceIds)] : undefined;
    let audiences: Audience[] | undefined;
    if (audienceIds) {
      audiences = audienceIds.every(isUuid) ? await this.db.getRepository(Audience).findBy({ id: In(audienceIds) }) : [];
      if (audiences.length !== audienceIds.length) issues.audienceIds = { code: 'notFound' };
    }
    if (hasIssues(issues)) throw new BadInputError(issues);

    const values: Partial<Channel> = {};
    if (input.name !== undefined) values.name = input.name.trim();
    if (input.kind !== undefined) values.kind = input.kind;
    if (input.handle !== undefined) values.handle = input.handle?.trim() || null;
    if (input.ownerDepartmentId !== undefined) values.ownerDepartmentId = input.ownerDepartmentId;
    if ('active' in input && input.active != null) values.active = input.active;
    return this.persist(actor, Channel, values, id, expectedVersion, async (em, channel) => {
      if (!audiences) return;
      await em.createQueryBuilder().relation(Channel, 'audiences').of(channel.id).addAndRemove(audiences.map((a) => a.id), channel.audiences.map((a) => a.id));
    });
  }

  private async persist<T extends VersionedEntity>(
    actor: SessionUser,
    target: EntityTarget<T>,
    values: object,
    id: string | undefined,
    expectedVersion: number | null | undefined,
    afterWrite?: (em: EntityManager, row: T) => Promise<void>,
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
      await this.audit.record(em, { actor, entityType, entityId: row.id, action: id ? 'update' : 'create', before, after: row });
      return row;
    });
  }

  private async checkUniqueName(em: EntityManager, target: EntityTarget<Named>, name: string | undefined, exceptId: string | undefined, issues: FieldIssues): Promise<void> {
    if (!name || issues.name) return;
    const query = em.getRepository(target).createQueryBuilder('t').where('lower(t.name) = lower(:name)', { name: name.trim() });
    if (exceptId) query.andWhere('t.id <> :id', { id: exceptId });
    if ((await query.getCount()) > 0) issues.name = { code: 'taken' };
  }
}

