import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import { isLocale, passwordRule, type Locale, type Role } from '@planbord/domain';
import {
  APP_CONFIG,
  AuditService,
  BadInputError,
  UnauthenticatedError,
  type AppConfig,
  type SessionUser,
} from '@planbord/api-core';
import { LiveSessions } from './live-sessions';
import { LoginThrottleService } from './login-throttle.service';
import { passwordHasher } from './password';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, Session } from './session.entity';
import { User } from './user.entity';

export const SESSION_COOKIE = 'planbord_session';
/** Writing `last_seen_at` on every request is wasteful; once a minute keeps the idle timeout exact enough. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const WRONG_CREDENTIALS = {
  nl: 'E-mailadres of wachtwoord klopt niet.',
  en: 'E-mail address or password is not correct.',
};

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly liveSessions: LiveSessions,
    private readonly throttle: LoginThrottleService,
  ) {}

  /** Signs in (see `LoginThrottleService` for what is refused before a hash is computed); answers the new session too. */
  async login(
    emailInput: string,
    password: string,
    ip: string | null,
    res: Response,
  ): Promise<{ user: User; session: SessionUser }> {
    const email = emailInput.trim().toLowerCase().slice(0, 254);
    await this.throttle.reserveAttempt(email);

    const user = await this.db.getRepository(User).findOne({ where: { email, active: true } });
    const ok = user
      ? await passwordHasher.verify(user.passwordHash, password)
      : await passwordHasher.verifyUnknown(password);
    if (!user || !ok) {
      await this.throttle.failed(email, ip);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }

    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    await this.throttle.succeeded(email);
    const session = await this.db.transaction(async (em) => {
      const created = await em.save(
        em.create(Session, {
          tokenHash: tokenHash(token),
          userId: user.id,
          lastSeenAt: new Date(now),
          expiresAt: new Date(now + ABSOLUTE_TIMEOUT_MS),
          ip,
        }),
      );
      await this.audit.record(em, {
        actor: user,
        entityType: 'User',
        entityId: user.id,
        action: 'login',
        after: { sessionId: created.id, ip },
      });
      return created;
    });
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      maxAge: ABSOLUTE_TIMEOUT_MS,
    });
    return {
      user,
      session: { id: user.id, name: user.name, role: user.role, locale: user.locale, sessionId: session.id },
    };
  }

  /** The session behind a cookie token, if it is still alive; refreshes its idle clock. */
  async resolveSession(token: string | undefined): Promise<SessionUser | null> {
    if (!token || token.length > 200) return null;
    const now = Date.now();
    // The session and its person in one statement: every request of a signed-in person starts with it.
    const rows: { sessionId: string; lastSeenAt: Date; id: string; name: string; role: Role; locale: Locale }[] =
      await this.db.query(
        `SELECT s.id AS "sessionId", s.last_seen_at AS "lastSeenAt", u.id, u.name, u.role, u.locale
         FROM sessions s JOIN users u ON u.id = s.user_id AND u.active AND u.deleted_at IS NULL
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3`,
        [tokenHash(token), new Date(now), new Date(now - IDLE_TIMEOUT_MS)],
      );
    const found = rows[0];
    if (!found) return null;
    if (now - found.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.db.getRepository(Session).update({ id: found.sessionId }, { lastSeenAt: new Date(now) });
    }
    return { id: found.id, name: found.name, role: found.role, locale: found.locale, sessionId: found.sessionId };
  }

  async logout(user: SessionUser | undefined, res: Response): Promise<boolean> {
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    // Without a session (a script with an API token) there is nothing to end: the token is revoked on its own.
    if (!user?.sessionId) return true;
    await this.db.transaction(async (em) => {
      await em.update(Session, { id: user.sessionId }, { revokedAt: new Date() });
      await this.audit.record(em, {
        actor: user,
        entityType: 'User',
        entityId: user.id,
        action: 'logout',
        before: { sessionId: user.sessionId },
      });
    });
    await this.liveSessions.announceEnded(user.id, [user.sessionId]);
    return true;
  }

  /** Checks the current password, sets the new one and ends every other session of this person. */
  async changePassword(actor: SessionUser, current: string, next: string): Promise<boolean> {
    const issue = passwordRule(next);
    if (issue) throw new BadInputError({ next: issue });
    const user = await this.db.getRepository(User).findOneByOrFail({ id: actor.id });
    if (!(await passwordHasher.verify(user.passwordHash, current)))
      throw new BadInputError({ current: { code: 'wrongPassword' } });
    const passwordHash = await passwordHasher.hash(next);
    const ended = await this.db.transaction(async (em) => {
      await em
        .createQueryBuilder()
        .update(User)
        .set({ passwordHash, version: () => 'version + 1' })
        .where('id = :id', { id: actor.id })
        .execute();
      const others = await this.revokeAll(actor.id, em, actor.sessionId);
      await this.audit.record(em, { actor, entityType: 'User', entityId: actor.id, action: 'changePassword' });
      return others;
    });
    await this.liveSessions.announceEnded(actor.id, ended);
    return true;
  }

  async setMyLocale(actor: SessionUser, locale: string): Promise<User> {
    if (!isLocale(locale)) throw new BadInputError({ locale: { code: 'invalidChoice' } });
    return this.db.transaction(async (em) => {
      const before = await em.findOneByOrFail(User, { id: actor.id });
      await em
        .createQueryBuilder()
        .update(User)
        .set({ locale: locale as Locale, version: () => 'version + 1' })
        .where('id = :id', { id: actor.id })
        .execute();
      const after = await em.findOneByOrFail(User, { id: actor.id });
      await this.audit.record(em, {
        actor,
        entityType: 'User',
        entityId: actor.id,
        action: 'setLocale',
        before: { locale: before.locale },
        after: { locale },
      });
      return after;
    });
  }

  /**
   * Ends every session of a person (but `except`) with the caller's transaction: on deactivation, a password change
   * or reset. Answers the ended sessions, for `LiveSessions.announceEnded` after commit.
   */
  async revokeAll(userId: string, em: EntityManager, except?: string): Promise<string[]> {
    const result = await em
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: new Date() })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .andWhere(except ? 'id <> :except' : 'TRUE', { except })
      .returning('id')
      .execute();
    return (result.raw as { id: string }[]).map((row) => row.id);
  }
}
