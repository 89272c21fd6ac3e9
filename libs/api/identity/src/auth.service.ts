import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { isLocale, passwordRule, type Locale } from '@planbord/domain';
import { APP_CONFIG, AuditService, BadInputError, UnauthenticatedError, type AppConfig, type SessionUser } from '@planbord/api-core';
import { hashPassword, spendHashTime, verifyPassword } from './password';
import { LiveSessions } from './live-sessions';
import { LoginFailure, Session } from './session.entity';
import { User } from './user.entity';

export const SESSION_COOKIE = 'planbord_session';
export const IDLE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 7 * 24 * 60 * 60 * 1000;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const ACCOUNT_FAILURES_BEFORE_LOCK = 5;
const ADDRESS_FAILURES_BEFORE_LOCK = 20;
const MAX_LOCK_MS = 24 * 60 * 60 * 1000;
/** Writing `last_seen_at` on every request is wasteful; once a minute keeps the idle timeout exact enough. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const WRONG_CREDENTIALS = { nl: 'E-mailadres of wachtwoord klopt niet.', en: 'E-mail address or password is not correct.' };

function lockedMessage(retryAfterSeconds: number) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return {
    nl: `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
    en: `Too many failed attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly liveSessions: LiveSessions,
  ) {}

  async login(emailInput: string, password: string, ip: string | null, res: Response): Promise<User> {
    const email = emailInput.trim().toLowerCase();
    await this.refuseWhileLocked(email, ip);

    const user = await this.db.getRepository(User).findOne({ where: { email, active: true } });
    const ok = user ? await verifyPassword(user.passwordHash, password) : (await spendHashTime(password), false);
    if (!user || !ok) {
      await this.db.getRepository(LoginFailure).insert({ email: email.slice(0, 254), ip });
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }

    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    await this.db.transaction(async (em) => {
      await em.delete(LoginFailure, { email });
      const session = await em.save(em.create(Session, { tokenHash: tokenHash(token), userId: user.id, lastSeenAt: new Date(now), expiresAt: new Date(now + ABSOLUTE_TIMEOUT_MS), ip }));
      await this.audit.record(em, { actor: user, entityType: 'User', entityId: user.id, action: 'login', after: { sessionId: session.id, ip } });
    });
    res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure, path: '/', maxAge: ABSOLUTE_TIMEOUT_MS });
    return user;
  }

  /**
   * After 5 failures in 15 minutes an account is locked; each further round of failures doubles the lock, up to a day.
   * A locked login is refused before any hash is computed. An address with many failures is refused likewise.
   */
  private async refuseWhileLocked(email: string, ip: string | null): Promise<void> {
    const now = Date.now();
    const failures = this.db.getRepository(LoginFailure);
    if (ip) {
      const fromAddress = await failures.count({ where: { ip, at: MoreThan(new Date(now - FAILURE_WINDOW_MS)) } });
      if (fromAddress >= ADDRESS_FAILURES_BEFORE_LOCK) {
        throw new UnauthenticatedError(lockedMessage(FAILURE_WINDOW_MS / 1000), { retryAfter: FAILURE_WINDOW_MS / 1000 });
      }
    }
    const today = await failures.find({ where: { email, at: MoreThan(new Date(now - MAX_LOCK_MS)) }, order: { at: 'DESC' }, take: 200 });
    const recent = today.filter((f) => f.at.getTime() > now - FAILURE_WINDOW_MS);
    if (recent.length < ACCOUNT_FAILURES_BEFORE_LOCK) return;
    const rounds = Math.floor(today.length / ACCOUNT_FAILURES_BEFORE_LOCK) - 1;
    const lockMs = Math.min(FAILURE_WINDOW_MS * 2 ** rounds, MAX_LOCK_MS);
    const lockedUntil = today[0].at.getTime() + lockMs;
    if (now < lockedUntil) {
      const retryAfter = Math.ceil((lockedUntil - now) / 1000);
      throw new UnauthenticatedError(lockedMessage(retryAfter), { retryAfter });
    }
  }

  /** The session behind a cookie token, if it is still alive; refreshes its idle clock. */
  async resolveSession(token: string | undefined): Promise<SessionUser | null> {
    if (!token || token.length > 200) return null;
    const now = Date.now();
    const session = await this.db.getRepository(Session).findOne({
      where: { tokenHash: tokenHash(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date(now)), lastSeenAt: MoreThan(new Date(now - IDLE_TIMEOUT_MS)) },
    });
    if (!session) return null;
    const user = await this.db.getRepository(User).findOne({ where: { id: session.userId, active: true } });
    if (!user) return null;
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.db.getRepository(Session).update({ id: session.id }, { lastSeenAt: new Date(now) });
    }
    return { id: user.id, name: user.name, role: user.role, locale: user.locale, sessionId: session.id };
  }

  async logout(user: SessionUser | undefined, res: Response): Promise<boolean> {
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    if (!user) return true;
    await this.db.transaction(async (em) => {
      await em.update(Session, { id: user.sessionId }, { revokedAt: new Date() });
      await this.audit.record(em, { actor: user, entityType: 'User', entityId: user.id, action: 'logout', before: { sessionId: user.sessionId } });
    });
    await this.liveSessions.sweep();
    return true;
  }

  /** Checks the current password, sets the new one and ends every other session of this person. */
  async changePassword(actor: SessionUser, current: string, next: string): Promise<boolean> {
    const issue = passwordRule(next);
    if (issue) throw new BadInputError({ next: issue });
    const user = await this.db.getRepository(User).findOneByOrFail({ id: actor.id });
    if (!(await verifyPassword(user.passwordHash, current))) throw new BadInputError({ current: { code: 'wrongPassword' } });
    const passwordHash = await hashPassword(next);
    await this.db.transaction(async (em) => {
      await em.createQueryBuilder().update(User).set({ passwordHash, version: () => 'version + 1' }).where('id = :id', { id: actor.id }).execute();
      await em.createQueryBuilder().update(Session).set({ revokedAt: new Date() }).where('user_id = :id AND id <> :sid AND revoked_at IS NULL', { id: actor.id, sid: actor.sessionId }).execute();
      await this.audit.record(em, { actor, entityType: 'User', entityId: actor.id, action: 'changePassword' });
    });
    return true;
  }

  async setMyLocale(actor: SessionUser, locale: string): Promise<User> {
    if (!isLocale(locale)) throw new BadInputError({ locale: { code: 'invalidChoice' } });
    return this.db.transaction(async (em) => {
      const before = await em.findOneByOrFail(User, { id: actor.id });
      await em.createQueryBuilder().update(User).set({ locale: locale as Locale, version: () => 'version + 1' }).where('id = :id', { id: actor.id }).execute();
      const after = await em.findOneByOrFail(User, { id: actor.id });
      await this.audit.record(em, { actor, entityType: 'User', entityId: actor.id, action: 'setLocale', before: { locale: before.locale }, after: { locale } });
      return after;
    });
  }

  /** Ends every session of a person at once: on deactivation or a password reset by an administrator. */
  async revokeAll(userId: string, em = this.db.manager): Promise<void> {
    await em.createQueryBuilder().update(Session).set({ revokedAt: new Date() }).where('user_id = :userId AND revoked_at IS NULL', { userId }).execute();
    // Inside a transaction the revocation is not visible yet; the periodic sweep closes those sockets shortly after.
    if (em === this.db.manager) await this.liveSessions.sweep();
  }
}
