import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id`; the package exports it as an ambient const enum, which isolated modules cannot read. */
const ARGON2ID = 2;

/** OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane. */
const PARAMS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hashed once, to spend the same time on unknown accounts as on known ones. */
let dummyHash: Promise<string> | null = null;

/**
 * Every password hash Planbord computes or checks goes through this one object, so what costs a hash (and what must
 * not, such as a locked login) can be seen where it happens.
 */
export const passwordHasher = {
  hash(password: string): Promise<string> {
    return hash(password, PARAMS);
  },

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  },

  /** For an unknown account: takes as long as checking a real password, and fails. */
  async verifyUnknown(password: string): Promise<false> {
    dummyHash ??= passwordHasher.hash('planbord-timing-equaliser');
    await passwordHasher.verify(await dummyHash, password);
    return false;
  },
};
