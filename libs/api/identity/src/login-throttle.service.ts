import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UnauthenticatedError } from '@planbord/api-core';
import { LoginFailure } from './session.entity';

const WINDOW = '15 minutes';
const WINDOW_SECONDS = 15 * 60;
const ACCOUNT_ATTEMPTS_BEFORE_LOCK = 5;
/** An address may fail this often in the window before its failed attempts are answered more slowly... */
const ADDRESS_FAILURES_BEFORE_DELAY = 20;
const DELAY_PER_FAILURE_MS = 250;
const MAX_DELAY_MS = 5000;
/** ...and from this many on, they are refused outright (still after the delay). */
const ADDRESS_FAILURES_BEFORE_REFUSAL = 50;

function lockedMessage(retryAfterSeconds: number) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return {
    nl: `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
    en: `Too many failed attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  };
}

function refusal(retryAfterSeconds: number): UnauthenticatedError {
  const retryAfter = Math.max(1, retryAfterSeconds);
  return new UnauthenticatedError(lockedMessage(retryAfter), { retryAfter });
}

/**
 * Login throttling that an attacker cannot turn against others.
 *
 * Per account (any e-mail address typed, known or not): 5 attempts in a 15-minute window; every attempt is reserved
 * in one statement before its hash is computed, so parallel guesses get no more. Five failures lock the account for
 * 15 minutes, each further round twice as long, up to a day; a locked login is refused before any hash. A correct
 * password resets the count.
 *
 * Per address (an office behind one NAT shares it): only failed attempts are held back. After 20 failures in 15
 * minutes each further failure is answered later (250 ms more per failure, at most 5 s), and from 50 on it is refused
 * with `retryAfter`; a correct password from the same address still signs in at once.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Counts an attempt on this account, or refuses it when the account is locked or its attempts are used up. */
  async reserveAttempt(email: string): Promise<void> {
    const reserved: unknown[] = await this.db.query(
      `INSERT INTO login_throttles AS t (email, attempts, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (email) DO UPDATE SET
         attempts = CASE WHEN t.window_started_at > now() - $2::interval THEN t.attempts + 1 ELSE 1 END,
         window_started_at = CASE WHEN t.window_started_at > now() - $2::interval THEN t.window_started_at ELSE now() END
       WHERE (t.locked_until IS NULL OR t.locked_until <= now())
         AND (t.attempts < $3 OR t.window_started_at <= now() - $2::interval)
       RETURNING attempts`,
      [email, WINDOW, ACCOUNT_ATTEMPTS_BEFORE_LOCK],
    );
    if (reserved.length > 0) return;
    // Locked, or the last attempts of the window are still being checked (they lock it if they fail).
    const [state]: { retry_after: number }[] = await this.db.query(
      `SELECT ceil(extract(epoch FROM CASE WHEN locked_until > now() THEN locked_until ELSE window_started_at + $2::interval END - now()))::int AS retry_after
         FROM login_throttles WHERE email = $1`,
      [email, WINDOW],
    );
    throw refusal(state?.retry_after ?? WINDOW_SECONDS);
  }

  /** A correct password: the account starts afresh. */
  async succeeded(email: string): Promise<void> {
    await this.db.query(`DELETE FROM login_throttles WHERE email = $1`, [email]);
  }

  /**
   * A wrong password (or an unknown account): locks the account once its attempts are used up, and holds the answer
   * back, or refuses it, when the address keeps failing.
   */
  async failed(email: string, ip: string | null): Promise<void> {
    await this.db.query(
      `UPDATE login_throttles SET
         rounds = CASE WHEN locked_at > now() - interval '1 day' THEN rounds + 1 ELSE 1 END,
         locked_until = now() + least($2::interval * power(2, CASE WHEN locked_at > now() - interval '1 day' THEN rounds ELSE 0 END), interval '1 day'),
         locked_at = now(),
         attempts = 0
       WHERE email = $1 AND attempts >= $3`,
      [email, WINDOW, ACCOUNT_ATTEMPTS_BEFORE_LOCK],
    );
    await this.db.getRepository(LoginFailure).insert({ email, ip });
    if (!ip) return;
    const [address]: { failures: number; retry_after: number }[] = await this.db.query(
      `SELECT count(*)::int AS failures, ceil(extract(epoch FROM min(at) + $2::interval - now()))::int AS retry_after
         FROM (SELECT at FROM login_failures WHERE ip = $1 AND at > now() - $2::interval ORDER BY at DESC LIMIT $3) recent`,
      [ip, WINDOW, ADDRESS_FAILURES_BEFORE_REFUSAL],
    );
    const delay = Math.min((address.failures - ADDRESS_FAILURES_BEFORE_DELAY) * DELAY_PER_FAILURE_MS, MAX_DELAY_MS);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (address.failures >= ADDRESS_FAILURES_BEFORE_REFUSAL) throw refusal(address.retry_after);
  }
}
