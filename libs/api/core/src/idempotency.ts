import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { BadInputError, NotFoundError } from './errors';
import { Jobs } from './jobs';
import type { SessionUser } from './request';

const MAX_KEY_LENGTH = 200;

/** The optional argument of every creating mutation. */
export const idempotencyKeyArg = [
  'idempotencyKey',
  {
    type: () => String,
    nullable: true,
    description:
      'A key the client makes up per intended creation (a UUID): a retry with the same key returns the first result and creates nothing twice.',
  },
] as const;

interface Claim {
  userId: string;
  key: string;
  operation: string;
  entityType: string;
  recorded: boolean;
}
const claims = new AsyncLocalStorage<Claim>();

/**
 * Creating mutations run through `once`: a request whose key this person used before answers with what that request
 * created. The key is written in the creating transaction itself, together with the creation's audit entry (the one
 * write every creation makes, see `AuditService.record`), keyed by (user_id, key): a concurrent twin blocks on that
 * primary key until the first commits, fails, rolls back everything it did, and then answers with the first result.
 */
@Injectable()
export class Idempotency implements OnModuleInit {
  private readonly logger = new Logger('Idempotency');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    void this.jobs.register({ name: 'idempotency-cleanup', schedule: '40 3 * * *', run: () => this.forgetOld() });
  }

  async once<T extends ObjectLiteral & { id: string }>(
    actor: SessionUser,
    key: string | null | undefined,
    operation: string,
    target: EntityTarget<T>,
    create: () => Promise<T>,
  ): Promise<T> {
    if (key == null) return create();
    if (key.trim() === '') throw new BadInputError({ idempotencyKey: { code: 'required' } });
    if (key.length > MAX_KEY_LENGTH)
      throw new BadInputError({ idempotencyKey: { code: 'tooLong', max: MAX_KEY_LENGTH } });
    const entityType = this.db.getMetadata(target).name;
    const earlier = await this.earlier(actor.id, key, operation, target);
    if (earlier) return earlier;
    const claim: Claim = { userId: actor.id, key, operation, entityType, recorded: false };
    try {
      const created = await claims.run(claim, create);
      if (!claim.recorded)
        this.logger.error(`${operation} created a ${entityType} without recording its idempotency key`);
      return created;
    } catch (error) {
      const winner = await this.earlier(actor.id, key, operation, target).catch(() => null);
      if (winner) return winner;
      throw error;
    }
  }

  private async earlier<T extends ObjectLiteral & { id: string }>(
    userId: string,
    key: string,
    operation: string,
    target: EntityTarget<T>,
  ): Promise<T | null> {
    const [row]: { operation: string; entity_id: string }[] = await this.db.query(
      'SELECT operation, entity_id FROM idempotency_keys WHERE user_id = $1 AND key = $2',
      [userId, key],
    );
    if (!row) return null;
    if (row.operation !== operation) throw new BadInputError({ idempotencyKey: { code: 'taken' } });
    const entity = await this.db.getRepository(target).findOneBy({ id: row.entity_id } as never);
    if (!entity) throw new NotFoundError(this.db.getMetadata(target).name, row.entity_id);
    return entity;
  }

  /** Keys serve retries, which come within minutes; a week later they are history. */
  async forgetOld(): Promise<number> {
    const [, affected]: [unknown, number] = await this.db.query(
      `DELETE FROM idempotency_keys WHERE created_at < now() - interval '7 days'`,
    );
    return affected;
  }
}

/** Called by the audit for every entry it writes: the entry of the entity a keyed creation is making carries the key. */
export async function recordIdempotencyKey(
  em: EntityManager,
  entityType: string,
  entityId: string | null,
): Promise<void> {
  const claim = claims.getStore();
  if (!claim || claim.recorded || claim.entityType !== entityType || !entityId) return;
  claim.recorded = true;
  await em.query('INSERT INTO idempotency_keys (user_id, key, operation, entity_id) VALUES ($1, $2, $3, $4)', [
    claim.userId,
    claim.key,
    claim.operation,
    entityId,
  ]);
}
