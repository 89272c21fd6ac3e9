import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, ILike, In, IsNull, type EntityManager, type FindOptionsWhere } from 'typeorm';
import {
  can,
  checkUser,
  TEAM_ROLES,
  type Role,
  hasIssues,
  isUuid,
  type FieldIssues,
  type Locale,
} from '@planbord/domain';
import { AuditService, BadInputError, findOrNotFound, updateVersioned, type SessionUser } from '@planbord/api-core';
import { AuthService } from './auth.service';
import { Department } from './department.entity';
import { LiveSessions } from './live-sessions';
import type { UserInput, UserPatch } from './dto/user.input';
import { passwordHasher } from './password';
import { User } from './user.entity';

export interface UserQuery {
  search?: string | null;
  includeInactive?: boolean | null;
  take: number;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly liveSessions: LiveSessions,
  ) {}

  /** Those who may see whether people are active and their addresses get inactive people on request, and search in e-mail addresses. */
  find(viewer: SessionUser, query: UserQuery): Promise<User[]> {
    const base: FindOptionsWhere<User> =
      query.includeInactive && can(viewer.role, 'User.active') ? {} : { active: true };
    const search = query.search?.trim();
    let where: FindOptionsWhere<User> | FindOptionsWhere<User>[] = base;
    if (search) {
      const pattern = ILike(`%${escapeLike(search)}%`);
      where = can(viewer.role, 'User.email')
        ? [
            { ...base, name: pattern },
            { ...base, email: pattern },
          ]
        : { ...base, name: pattern };
    }
    return this.db.getRepository(User).find({ where, order: { name: 'ASC' }, take: query.take });
  }

  findOne(id: string): Promise<User | null> {
    return isUuid(id) ? this.db.getRepository(User).findOneBy({ id }) : Promise.resolve(null);
  }

  /** The active members of the media team (all, or these), with their department, by name. */
  teamMembers(userIds?: string[] | null): Promise<User[]> {
    return this.db.getRepository(User).find({
      where: { active: true, role: In([...TEAM_ROLES]), ...(userIds?.length ? { id: In(userIds) } : {}) },
      relations: { department: true },
      order: { name: 'ASC' },
    });
  }

  /** The ids of active people (with one of these roles). */
  async activeIds(roles?: readonly Role[]): Promise<string[]> {
    const rows = await this.db
      .getRepository(User)
      .find({ where: { active: true, ...(roles ? { role: In([...roles]) } : {}) }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  /** The ids of the active people of a department (with one of these roles): its liaisons, for instance. */
  async activeIdsInDepartment(departmentId: string, roles?: readonly Role[]): Promise<string[]> {
    if (!isUuid(departmentId)) return [];
    const rows = await this.db.getRepository(User).find({
      where: { active: true, departmentId, ...(roles ? { role: In([...roles]) } : {}) },
      select: { id: true },
    });
    return rows.map((row) => row.id);
  }

  /** How many of these ids are active people. */
  countActive(ids: string[]): Promise<number> {
    return ids.every(isUuid)
      ? this.db.getRepository(User).count({ where: { id: In(ids), active: true } })
      : Promise.resolve(0);
  }

  /** Active people not yet in a department, by name (at most `take`), and how many there are. */
  withoutDepartment(take: number): Promise<[User[], number]> {
    return this.db
      .getRepository(User)
      .findAndCount({ where: { active: true, departmentId: IsNull() }, order: { name: 'ASC' }, take });
  }

  /** The people of these departments. */
  async idsInDepartments(departmentIds: string[]): Promise<string[]> {
    const rows = await this.db
      .getRepository(User)
      .find({ where: { departmentId: In(departmentIds) }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  async create(actor: SessionUser, input: UserInput): Promise<User> {
    const issues = checkUser(input);
    const email = input.email.trim().toLowerCase();
    await this.checkReferences(this.db.manager, { email, departmentId: input.departmentId }, issues);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const passwordHash = await passwordHasher.hash(input.password);
    return this.db.transaction(async (em) => {
      const user = await em.save(
        em.create(User, {
          name: input.name.trim(),
          email,
          passwordHash,
          role: input.role,
          departmentId: input.departmentId ?? null,
          weeklyHours: input.weeklyHours ?? null,
          locale: (input.locale ?? 'nl') as Locale,
          active: true,
        }),
      );
      const created = await em.findOneByOrFail(User, { id: user.id });
      await this.audit.record(em, { actor, entityType: 'User', entityId: user.id, action: 'create', after: created });
      return created;
    });
  }

  async update(actor: SessionUser, id: string, patch: UserPatch, expectedVersion?: number | null): Promise<User> {
    const issues = checkUser(patch, true);
    const email = patch.email?.trim().toLowerCase();
    const before = await findOrNotFound(this.db.manager, User, id);
    await this.checkReferences(this.db.manager, { email, departmentId: patch.departmentId, exceptId: id }, issues);
    if (patch.role !== undefined && patch.role !== 'ADMIN' && before.role === 'ADMIN')
      await this.keepAnAdmin(id, issues, 'role');
    if (hasIssues(issues)) throw new BadInputError(issues);
    const passwordHash = patch.password ? await passwordHasher.hash(patch.password) : undefined;
    const { after, ended } = await this.db.transaction(async (em) => {
      const changes: Partial<User> = {};
      if (patch.name !== undefined) changes.name = patch.name.trim();
      if (email !== undefined) changes.email = email;
      if (patch.role !== undefined) changes.role = patch.role;
      if (patch.departmentId !== undefined) changes.departmentId = patch.departmentId;
      if (patch.weeklyHours !== undefined) changes.weeklyHours = patch.weeklyHours;
      if (patch.locale !== undefined) changes.locale = patch.locale as Locale;
      if (passwordHash) changes.passwordHash = passwordHash;
      const updated = await updateVersioned(em, User, id, expectedVersion, changes);
      const revoked = passwordHash ? await this.auth.revokeAll(id, em) : [];
      await this.audit.record(em, {
        actor,
        entityType: 'User',
        entityId: id,
        action: passwordHash ? 'update+resetPassword' : 'update',
        before,
        after: updated,
      });
      return { after: updated, ended: revoked };
    });
    await this.liveSessions.announceEnded(id, ended);
    return after;
  }

  /** Deactivation instead of deletion: the person can no longer sign in, and their open sessions end at once. */
  async setActive(actor: SessionUser, id: string, active: boolean, expectedVersion?: number | null): Promise<User> {
    const before = await findOrNotFound(this.db.manager, User, id);
    const issues: FieldIssues = {};
    if (!active && id === actor.id) issues.active = { code: 'invalidChoice' };
    if (!active && before.role === 'ADMIN') await this.keepAnAdmin(id, issues, 'active');
    if (hasIssues(issues)) throw new BadInputError(issues);
    const { after, ended } = await this.db.transaction(async (em) => {
      const updated = await updateVersioned(em, User, id, expectedVersion, { active });
      const revoked = active ? [] : await this.auth.revokeAll(id, em);
      await this.audit.record(em, {
        actor,
        entityType: 'User',
        entityId: id,
        action: active ? 'activate' : 'deactivate',
        before,
        after: updated,
      });
      return { after: updated, ended: revoked };
    });
    await this.liveSessions.announceEnded(id, ended);
    return after;
  }

  private async keepAnAdmin(id: string, issues: FieldIssues, field: string): Promise<void> {
    const others = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .where("u.role = 'ADMIN' AND u.active AND u.id <> :id", { id })
      .getCount();
    if (others === 0) issues[field] = { code: 'invalidChoice' };
  }

  private async checkReferences(
    em: EntityManager,
    ref: { email?: string; departmentId?: string | null; exceptId?: string },
    issues: FieldIssues,
  ): Promise<void> {
    if (ref.email && !issues.email) {
      const taken = await em
        .getRepository(User)
        .createQueryBuilder('u')
        .where('lower(u.email) = :email', { email: ref.email })
        .andWhere(ref.exceptId ? 'u.id <> :id' : 'TRUE', { id: ref.exceptId })
        .withDeleted()
        .getCount();
      if (taken > 0) issues.email = { code: 'taken' };
    }
    if (ref.departmentId) {
      const exists =
        isUuid(ref.departmentId) && (await em.getRepository(Department).existsBy({ id: ref.departmentId }));
      if (!exists) issues.departmentId = { code: 'notFound' };
    }
  }
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
