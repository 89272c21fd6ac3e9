import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThanOrEqual } from 'typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { isLocale, type Locale } from '@planbord/domain';
import {
  APP_CONFIG,
  AuditService,
  BadInputError,
  ChangeFeed,
  Jobs,
  VersionConflictError,
  type AppConfig,
  type DomainEvent,
  type SessionUser,
} from '@planbord/api-core';
import { UsersService } from '@planbord/api-identity';
import type { EmailPreferencesInput } from './dto/email-preferences.input';
import { renderDigest, renderNotice, type Mail, type MailNotice } from './email-messages';
import {
  EMAIL_KINDS,
  EmailDigestItem,
  EmailPreferences,
  EmailPreferencesRow,
  emailKindsFor,
  isEmailKind,
} from './email-preferences.entity';

/** The queue of e-mails to send: tried again with a doubling pause (2 s, 4 s, 8 s …) for about two days. */
export const EMAIL_QUEUE = 'email-send';
export const EMAIL_RETRY = { limit: 16, delaySeconds: 2, backoff: true } as const;
export const EMAIL_DIGEST_JOB = 'email-digest';

interface QueuedMail extends Mail {
  to: string;
}

/**
 * Notifications by e-mail. A listener on the domain events picks the notices of the kinds that can go by e-mail and,
 * for each person who wants that kind, queues an e-mail (or keeps it for their daily digest); the job queue sends it,
 * so no mutation waits for the mail server and a server that is away gets the e-mail on a later try.
 */
@Injectable()
export class EmailService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Email');
  private readonly transport: Transporter | null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly feed: ChangeFeed,
    private readonly jobs: Jobs,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl, { from: config.mailFrom }) : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  onModuleInit(): void {
    if (!this.transport) return;
    this.feed.on((event) => this.onEvent(event));
    void this.jobs.registerWorker({ name: EMAIL_QUEUE, run: (data) => this.send(data), retry: EMAIL_RETRY });
    void this.jobs.register({ name: EMAIL_DIGEST_JOB, schedule: '30 7 * * *', run: () => this.sendDigests() });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  /** A person's choice; someone who never chose gets every kind, one e-mail each. */
  async preferencesOf(user: SessionUser): Promise<EmailPreferences> {
    const row = await this.db.getRepository(EmailPreferencesRow).findOneBy({ userId: user.id });
    return this.present(user, row);
  }

  async update(actor: SessionUser, input: EmailPreferencesInput, expectedVersion: number): Promise<EmailPreferences> {
    const kinds = [...new Set(input.enabledKinds)];
    if (kinds.some((kind) => !isEmailKind(kind))) throw new BadInputError({ enabledKinds: { code: 'invalidChoice' } });
    const saved = await this.db.transaction(async (em) => {
      const repo = em.getRepository(EmailPreferencesRow);
      const before = await repo.findOneBy({ userId: actor.id });
      // Kinds this person is not offered keep what they were, so a change of role finds them as they were.
      const offered = emailKindsFor(actor.role);
      const enabledKinds = EMAIL_KINDS.filter((kind) =>
        offered.includes(kind) ? kinds.includes(kind) : (before?.enabledKinds ?? EMAIL_KINDS).includes(kind),
      );
      let rows: EmailPreferencesRow[];
      if (expectedVersion === 0)
        rows = await em.query(
          `INSERT INTO email_preferences (user_id, enabled_kinds, digest) VALUES ($1, $2, $3)
            ON CONFLICT (user_id) DO NOTHING RETURNING id`,
          [actor.id, enabledKinds, input.digest],
        );
      else
        rows = (
          await em.query(
            `UPDATE email_preferences SET enabled_kinds = $3, digest = $4, version = version + 1, updated_at = now()
              WHERE user_id = $1 AND version = $2 RETURNING id`,
            [actor.id, expectedVersion, enabledKinds, input.digest],
          )
        )[0];
      if (rows.length === 0) {
        const current = await this.db.getRepository(EmailPreferencesRow).findOneBy({ userId: actor.id });
        throw new VersionConflictError(current?.version ?? 0);
      }
      const after = await repo.findOneByOrFail({ userId: actor.id });
      await this.audit.record(em, {
        actor,
        entityType: 'EmailPreferences',
        entityId: after.id,
        action: 'update',
        before,
        after,
      });
      return after;
    });
    // No domain event: nobody else shows a person's e-mail choice, and a change event would reload every open calendar.
    return this.present(actor, saved);
  }

  private present(user: SessionUser, row: EmailPreferencesRow | null): EmailPreferences {
    const enabled = new Set<string>(row ? row.enabledKinds : EMAIL_KINDS);
    return {
      version: row?.version ?? 0,
      kinds: emailKindsFor(user.role).map((kind) => ({ kind, enabled: enabled.has(kind) })),
      digest: row?.digest ?? false,
      serverConfigured: this.configured,
    };
  }

  /** A notice of a kind that goes by e-mail: queued for each person who wants it, or kept for their digest. */
  private async onEvent({ notice, actor }: DomainEvent): Promise<void> {
    if (!notice || !isEmailKind(notice.kind)) return;
    const ids = [...new Set(notice.to.filter((id): id is string => !!id && id !== actor?.id))];
    if (ids.length === 0) return;
    const choices = new Map(
      (await this.db.getRepository(EmailPreferencesRow).findBy({ userId: In(ids) })).map((row) => [row.userId, row]),
    );
    const mail: MailNotice = {
      kind: notice.kind,
      entityType: notice.entityType,
      entityId: notice.entityId,
      // A signal's text is a resident's words and may name them: an e-mail only says that there is a signal.
      subject: notice.entityType === 'Signal' ? '' : notice.subject.replace(/\s+/g, ' ').trim().slice(0, 500),
      outcome: notice.outcome ?? null,
      actorName: actor?.name ?? null,
    };
    for (const userId of ids) {
      const choice = choices.get(userId);
      if (choice && !choice.enabledKinds.includes(notice.kind)) continue;
      if (choice?.digest) {
        await this.db.getRepository(EmailDigestItem).insert({ userId, ...mail });
        continue;
      }
      const person = await this.users.findOne(userId);
      if (!person?.active) continue;
      await this.queue({
        to: person.email,
        ...renderNotice(localeOf(person.locale), person.name, mail, this.config.publicUrl),
      });
    }
  }

  /**
   * Sends each person their digest of what was kept for them until now, one e-mail each. What was queued is
   * removed; an e-mail queued but not yet removed when the process stops comes again the next day, rather than never.
   */
  async sendDigests(until = new Date()): Promise<number> {
    const items = await this.db.getRepository(EmailDigestItem).find({
      where: { createdAt: LessThanOrEqual(until) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const byPerson = new Map<string, EmailDigestItem[]>();
    for (const item of items) byPerson.set(item.userId, [...(byPerson.get(item.userId) ?? []), item]);
    let sent = 0;
    for (const [userId, kept] of byPerson) {
      const person = await this.users.findOne(userId);
      const notices = kept.filter((item) => isEmailKind(item.kind)) as (EmailDigestItem & MailNotice)[];
      if (person?.active && notices.length > 0) {
        await this.queue({
          to: person.email,
          ...renderDigest(localeOf(person.locale), person.name, notices, this.config.publicUrl),
        });
        sent++;
      }
      await this.db.getRepository(EmailDigestItem).delete({ id: In(kept.map((item) => item.id)) });
    }
    return sent;
  }

  private queue(mail: QueuedMail): Promise<void> {
    return this.jobs.enqueue(EMAIL_QUEUE, { ...mail });
  }

  /** One try at handing an e-mail to the mail server; a failure throws, and the queue tries again later. */
  private async send(data: Record<string, unknown>): Promise<void> {
    if (!this.transport) return;
    const mail = data as unknown as QueuedMail;
    try {
      await this.transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    } catch (error) {
      this.logger.warn(`an e-mail could not be sent yet: ${(error as Error).message}`);
      throw error;
    }
  }
}

function localeOf(locale: string): Locale {
  return isLocale(locale) ? locale : 'nl';
}
