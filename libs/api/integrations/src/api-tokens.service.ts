import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { check, hasIssues, isUuid, rules } from '@planbord/domain';
import { AuditService, BadInputError, NotFoundError, type SessionUser } from '@planbord/api-core';
import { UsersService } from '@planbord/api-identity';
import { ApiToken, type ApiTokenCreated } from './api-token.entity';

export const API_TOKEN_PREFIX = 'pbt_';
const TOUCH_INTERVAL_MS = 60_000;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** API tokens for scripts: a token acts as the person who made it, under the same permission table, until revoked. */
@Injectable()
export class ApiTokensService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  list(owner: SessionUser): Promise<ApiToken[]> {
    return this.db.getRepository(ApiToken).find({
      where: { ownerId: owner.id, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
      take: 200,
    });
  }

  async create(owner: SessionUser, input: { name: string }): Promise<ApiTokenCreated> {
    const name = input.name?.trim() ?? '';
    const issues = check({ name }, { name: rules.text(100, { required: true }) });
    if (hasIssues(issues)) throw new BadInputError(issues);
    const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const apiToken = await this.db.transaction(async (em) => {
      const repo = em.getRepository(ApiToken);
      const saved = await repo.save(repo.create({ name, ownerId: owner.id, tokenHash: tokenHash(token) }));
      await this.audit.record(em, {
        actor: owner,
        entityType: 'ApiToken',
        entityId: saved.id,
        action: 'create',
        after: { name: saved.name },
      });
      return saved;
    });
    return { token, apiToken };
  }

  async revoke(owner: SessionUser, id: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(ApiToken);
      const found = isUuid(id) ? await repo.findOneBy({ id, ownerId: owner.id, revokedAt: IsNull() }) : null;
      if (!found) throw new NotFoundError('ApiToken', id);
      await repo.update(found.id, { revokedAt: new Date() });
      await this.audit.record(em, {
        actor: owner,
        entityType: 'ApiToken',
        entityId: found.id,
        action: 'revoke',
        before: { name: found.name },
      });
      return true;
    });
  }

  /**
   * The person behind a Bearer token, or null for a malformed, unknown or revoked token or a person no longer
   * active. lastUsedAt is written at most once a minute.
   */
  async resolve(token: string): Promise<SessionUser | null> {
    if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
    const found = await this.db.getRepository(ApiToken).findOneBy({ tokenHash: tokenHash(token), revokedAt: IsNull() });
    // The person is identity's: read through its service, never joined here.
    const person = found ? await this.users.findOne(found.ownerId) : null;
    if (!found || !person?.active) return null;
    const now = Date.now();
    if (!found.lastUsedAt || now - found.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS)
      await this.db.getRepository(ApiToken).update(found.id, { lastUsedAt: new Date(now) });
    return { id: person.id, name: person.name, role: person.role, locale: person.locale, sessionId: '' };
  }
}
