import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { WEBHOOK_TEST_EVENT } from '@planbord/domain';
import {
  APP_CONFIG,
  AuditService,
  ChangeFeed,
  Jobs,
  Outbox,
  type AppConfig,
  type OutboxData,
} from '@planbord/api-core';
import { WebhookMessage, WebhookOutboxMessage } from './webhook-delivery.entity';
import { Webhook } from './webhook.entity';
import { signWebhook } from './webhook-signature';

/** The queue that delivers messages, woken by every new message and every retry that falls due. */
export const WEBHOOK_DELIVERY_QUEUE = 'webhook-delivery';
/** The schedule that picks up whatever a stopped process left: messages not yet handed out, retries not yet woken. */
export const WEBHOOK_SWEEP_JOB = 'webhook-sweep';

const TIMEOUT_MS = 10_000;
const RETRY_WINDOW_MS = 24 * 3600_000;
const SWITCH_OFF_AFTER_MS = 3 * 24 * 3600_000;
/** How long a worker keeps a message in hand: longer than one attempt can take. */
const LOCK_SECONDS = 60;
const BATCH = 20;

interface DueMessage {
  id: string;
  webhook_id: string;
  message_id: string;
  type: string;
  body: string;
  attempts: number;
  first_attempt_at: Date | null;
  url: string;
  secret: string;
  active: boolean;
}

/**
 * Outbound webhooks from the outbox to the receiver. Features write messages in their own transaction (through core's
 * `Outbox`); the delivery queue hands each to every active webhook that listens to its type, signs it as Standard
 * Webhooks says and posts it, retrying with growing pauses for a day under the same `webhook-id`. Every attempt is
 * logged; a webhook that has failed for three days is switched off and the person who made it told.
 */
@Injectable()
export class WebhookOutbox implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Webhooks');
  /** The event types active webhooks listen to, kept while the change feed is listening (see `ChangeFeed.watch`). */
  private subscribed: Promise<ReadonlySet<string>> | null = null;
  /** Set when this process wrote to the outbox; the delivery queue is woken once the change has committed. */
  private written = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly jobs: Jobs,
    private readonly feed: ChangeFeed,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.feed.watch(
      (entityType) => entityType === 'Webhook',
      () => (this.subscribed = null),
    );
    this.outbox.register({
      wanted: async () => this.subscribedTypes(),
      write: async (em, messages) => this.write(em, messages),
    });
    // Every change is published after its commit: then what it wrote to the outbox may be handed out.
    this.feed.on(() => {
      if (!this.written) return;
      this.written = false;
      return this.wake();
    });
    void this.jobs.registerWorker({ name: WEBHOOK_DELIVERY_QUEUE, run: () => this.run() });
    void this.jobs.register({ name: WEBHOOK_SWEEP_JOB, schedule: '* * * * *', run: () => this.run() });
  }

  /** What a process stopped before delivering goes out when any process starts again. */
  async onApplicationBootstrap(): Promise<void> {
    await this.wake().catch((error: Error) => this.logger.warn(`could not wake deliveries: ${error.message}`));
  }

  private subscribedTypes(): Promise<ReadonlySet<string>> {
    const read = async () => {
      const rows: { type: string }[] = await this.db.query(
        'SELECT DISTINCT unnest(events) AS type FROM webhooks WHERE active AND deleted_at IS NULL',
      );
      return new Set(rows.map((row) => row.type));
    };
    if (!this.feed.listening) return read();
    this.subscribed ??= read().catch((error: unknown) => {
      this.subscribed = null;
      throw error;
    });
    return this.subscribed;
  }

  private async write(em: EntityManager, messages: readonly { type: string; data: OutboxData }[]): Promise<void> {
    const occurredAt = new Date();
    await em.insert(
      WebhookOutboxMessage,
      // jsonb takes any JSON object; TypeORM's deep-partial type cannot say so.
      messages.map(({ type, data }) => ({ type, data: this.withLink(data) as never, occurredAt })),
    );
    this.written = true;
  }

  /** A path in the app (`/berichten/<id>`) becomes a link people can open. */
  private withLink(data: OutboxData): OutboxData {
    const path = data.link;
    return typeof path === 'string' && path.startsWith('/')
      ? { ...data, link: `${this.config.publicUrl}${path}` }
      : data;
  }

  private wake(startAfter?: Date): Promise<void> {
    return this.jobs.enqueue(WEBHOOK_DELIVERY_QUEUE, {}, startAfter ? { startAfter } : {});
  }

  /** A `webhook.test` message to one webhook, delivered like any other. */
  async sendTest(webhook: Webhook, data: OutboxData): Promise<void> {
    await this.db.getRepository(WebhookMessage).insert({
      webhookId: webhook.id,
      messageId: newMessageId(),
      type: WEBHOOK_TEST_EVENT,
      body: body(WEBHOOK_TEST_EVENT, new Date(), this.withLink({ ...data, link: '/beheer/webhooks' })),
      nextAttemptAt: new Date(),
    });
    await this.wake();
  }

  /** Hands out the outbox, delivers what is due, and sets the queue to wake for the next retry. */
  async run(): Promise<void> {
    while (await this.dispatch()) {
      /* until the outbox is empty */
    }
    while (await this.deliverDue()) {
      /* until nothing more is due */
    }
    const [next]: { at: Date | null }[] = await this.db.query(
      `SELECT min(next_attempt_at) AS at FROM webhook_messages WHERE status = 'PENDING'`,
    );
    if (next?.at && next.at.getTime() > Date.now()) await this.wake(next.at);
  }

  /** One message per outbox row and listening webhook, with the body it keeps on every attempt. */
  private async dispatch(): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const rows: { id: string; type: string; data: OutboxData; occurred_at: Date }[] = await em.query(
        `SELECT id, type, data, occurred_at FROM webhook_outbox_messages WHERE dispatched_at IS NULL
         ORDER BY occurred_at LIMIT 100 FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return false;
      const webhooks = await em
        .getRepository(Webhook)
        .find({ where: { active: true }, select: { id: true, events: true } });
      const messages = rows.flatMap((row) =>
        webhooks
          .filter((webhook) => webhook.events.includes(row.type))
          .map((webhook) => ({
            webhookId: webhook.id,
            messageId: newMessageId(),
            type: row.type,
            body: body(row.type, row.occurred_at, row.data),
            nextAttemptAt: new Date(),
          })),
      );
      if (messages.length) await em.insert(WebhookMessage, messages);
      await em.query('UPDATE webhook_outbox_messages SET dispatched_at = now() WHERE id = ANY($1)', [
        rows.map((row) => row.id),
      ]);
      return true;
    });
  }

  private async deliverDue(): Promise<boolean> {
    const [claimed]: [DueMessage[]] = await this.db.query(
      `UPDATE webhook_messages m SET locked_until = now() + make_interval(secs => $1)
       FROM webhooks w
       WHERE w.id = m.webhook_id AND m.id IN (
         SELECT id FROM webhook_messages WHERE status = 'PENDING' AND next_attempt_at <= now()
           AND (locked_until IS NULL OR locked_until < now())
         ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING m.id, m.webhook_id, m.message_id, m.type, m.body, m.attempts, m.first_attempt_at, w.url, w.secret,
         w.active AND w.deleted_at IS NULL AS active`,
      [LOCK_SECONDS, BATCH],
    );
    if (claimed.length === 0) return false;
    await Promise.all(claimed.map((message) => this.deliver(message)));
    return true;
  }

  private async deliver(message: DueMessage): Promise<void> {
    // A switched-off webhook gets nothing more, except the test an administrator asks for.
    if (!message.active && message.type !== WEBHOOK_TEST_EVENT) {
      await this.db.query(`UPDATE webhook_messages SET status = 'FAILED', locked_until = NULL WHERE id = $1`, [
        message.id,
      ]);
      return;
    }
    const attemptedAt = new Date();
    const outcome = await post(message);
    const attempt = message.attempts + 1;
    const firstAttemptAt = message.first_attempt_at ?? attemptedAt;
    const retries = this.config.webhookRetrySeconds;
    const pause = retries[Math.min(attempt - 1, retries.length - 1)] * 1000;
    const next = new Date(Date.now() + pause);
    const nextAttemptAt = outcome.success || next.getTime() - firstAttemptAt.getTime() > RETRY_WINDOW_MS ? null : next;
    const status = outcome.success ? 'DELIVERED' : nextAttemptAt ? 'PENDING' : 'FAILED';
    const disabled = await this.db.transaction(async (em) => {
      await em.query(
        `UPDATE webhook_messages SET status = $2, attempts = $3, first_attempt_at = $4, next_attempt_at = COALESCE($5, next_attempt_at),
           locked_until = NULL WHERE id = $1`,
        [message.id, status, attempt, firstAttemptAt, nextAttemptAt],
      );
      await em.query(
        `INSERT INTO webhook_deliveries (webhook_id, webhook_message_id, event, message_id, attempt, attempted_at,
           status_code, error, duration_ms, success, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          message.webhook_id,
          message.id,
          message.type,
          message.message_id,
          attempt,
          attemptedAt,
          outcome.statusCode,
          outcome.error,
          outcome.durationMs,
          outcome.success,
          nextAttemptAt,
        ],
      );
      if (outcome.success) {
        await em.query(`UPDATE webhooks SET last_success_at = $2, failing_since = NULL WHERE id = $1`, [
          message.webhook_id,
          attemptedAt,
        ]);
        return null;
      }
      await em.query(`UPDATE webhooks SET failing_since = COALESCE(failing_since, $2) WHERE id = $1`, [
        message.webhook_id,
        attemptedAt,
      ]);
      return this.switchOffIfFailingLong(em, message.webhook_id);
    });
    if (disabled) await this.announceSwitchOff(disabled);
  }

  /** No delivery has arrived for three days since the first that failed: the webhook is switched off. */
  private async switchOffIfFailingLong(em: EntityManager, webhookId: string): Promise<Webhook | null> {
    const [rows]: [{ id: string }[]] = await em.query(
      `UPDATE webhooks SET active = false, disabled_at = now(), version = version + 1, updated_at = now()
       WHERE id = $1 AND active AND failing_since <= now() - make_interval(secs => $2) RETURNING id`,
      [webhookId, SWITCH_OFF_AFTER_MS / 1000],
    );
    if (rows.length === 0) return null;
    const webhook = await em.getRepository(Webhook).findOneByOrFail({ id: webhookId });
    await this.audit.record(em, {
      actor: null,
      entityType: 'Webhook',
      entityId: webhookId,
      action: 'switchOff',
      after: { active: false, failingSince: webhook.failingSince, disabledAt: webhook.disabledAt },
    });
    return webhook;
  }

  private async announceSwitchOff(webhook: Webhook): Promise<void> {
    this.logger.warn(`webhook ${webhook.id} switched off: no delivery arrived for three days`);
    await this.feed.publish({
      entityType: 'Webhook',
      id: webhook.id,
      kind: 'updated',
      notice: {
        kind: 'WEBHOOK_DISABLED',
        to: [webhook.createdById],
        entityType: 'Webhook',
        entityId: webhook.id,
        subject: webhook.url.slice(0, 500),
      },
    });
  }
}

function newMessageId(): string {
  return `msg_${randomBytes(16).toString('base64url')}`;
}

function body(type: string, at: Date, data: OutboxData): string {
  return JSON.stringify({ type, timestamp: new Date(at).toISOString(), data });
}

/** One signed POST, given at most ten seconds; a 2xx is success, anything else (redirects too) a failure. */
async function post(
  message: DueMessage,
): Promise<{ success: boolean; statusCode: number | null; error: string | null; durationMs: number }> {
  const started = Date.now();
  const timestamp = Math.floor(started / 1000);
  try {
    const res = await fetch(message.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Planbord-Webhooks/1',
        'webhook-id': message.message_id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(message.secret, message.message_id, timestamp, message.body),
      },
      body: message.body,
    });
    await res.body?.cancel().catch(() => undefined);
    const success = res.status >= 200 && res.status < 300;
    return { success, statusCode: res.status, error: null, durationMs: Date.now() - started };
  } catch (error) {
    const reason = error as Error & { cause?: { code?: string } };
    const text =
      reason.name === 'TimeoutError'
        ? `no answer within ${TIMEOUT_MS / 1000} s`
        : (reason.cause?.code ?? reason.message);
    return { success: false, statusCode: null, error: text.slice(0, 500), durationMs: Date.now() - started };
  }
}
