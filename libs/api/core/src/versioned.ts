import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { isUuid } from '@planbord/domain';
import { BadInputError, NotFoundError, VersionConflictError } from './errors';

interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
}

/**
 * Applies `changes` only if the row still has `expectedVersion` (`UPDATE ... WHERE id = $1 AND version = $2`), and
 * bumps the version. 0 rows means someone else was first: VERSION_CONFLICT, or NOT_FOUND when the row is gone.
 * Without an expected version the update is unconditional (administration screens that predate versioning).
 */
export async function updateVersioned<T extends Versioned>(
  em: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number | null | undefined,
  changes: QueryDeepPartialEntity<T>,
): Promise<T> {
  const repo = em.getRepository(target);
  if (!isUuid(id)) throw new NotFoundError(repo.metadata.name, id);
  const query = repo
    .createQueryBuilder()
    .update()
    .set({ ...changes, version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
    .where('id = :id', { id });
  if (expectedVersion != null) query.andWhere('version = :expectedVersion', { expectedVersion });
  const result = await query.execute();
  if (!result.affected) {
    const current = await repo.findOne({ where: { id } as never });
    if (!current) throw new NotFoundError(repo.metadata.name, id);
    throw new VersionConflictError(current.version);
  }
  return repo.findOneOrFail({ where: { id } as never });
}

export async function findOrNotFound<T extends Versioned>(
  em: EntityManager,
  target: EntityTarget<T>,
  id: string,
): Promise<T> {
  const repo = em.getRepository(target);
  if (!isUuid(id)) throw new NotFoundError(repo.metadata.name, id);
  const found = await repo.findOne({ where: { id } as never });
  if (!found) throw new NotFoundError(repo.metadata.name, id);
  return found;
}

export const MAX_TAKE = 200;

/** List arguments are bounded: 1 to 200 rows. */
export function boundedTake(take: number | null | undefined, fallback = 50): number {
  if (take == null) return fallback;
  if (!Number.isInteger(take) || take < 1 || take > MAX_TAKE)
    throw new BadInputError({ take: { code: 'outOfRange', min: 1, max: MAX_TAKE } });
  return take;
}
