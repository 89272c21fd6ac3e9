import { Foundation1763769600000 } from './1763769600000-foundation';

/** Every migration, in order. Listed here rather than found by a glob, so the build needs no file scanning. */
export const migrations = [Foundation1763769600000];
