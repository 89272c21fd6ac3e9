import { Foundation1763769600000 } from './1763769600000-foundation';
import { Publishing1763942400000 } from './1763942400000-publishing';
import { Idempotency1764032400000 } from './1764032400000-idempotency';
import { Imports1764633600000 } from './1764633600000-imports';

/**
 * The migrations that shaped several features' tables at once, before each feature kept its own; every later one
 * lives with its feature's manifest. Listed here rather than found by a glob, so the build needs no file scanning.
 */
export const appMigrations = [
  Foundation1763769600000,
  Publishing1763942400000,
  Idempotency1764032400000,
  Imports1764633600000,
];
