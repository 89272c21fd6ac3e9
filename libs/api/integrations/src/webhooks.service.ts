import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { checkWebhook, hasIssues, isUuid, WEBHOOK_EVENTS } from '@planbord/domain';
import {
  AuditService,
  BadInputError,
  ChangeFeed,
  findOrNotFound,
  updateVersioned,
  type SessionUser,
} from '@planbord/api-core';
import type { WebhookPatch } from './dto/webhook.input';
import { WebhookDelivery } from './webhook-delivery.entity';
import { Webhook } from './webhook.entity';
import { WebhookOutbox } from './webhook-outbox';
import { newWebhookSecret } from './webhook-signature';

/** The administration of outbound webhooks: what they receive, their secrets, and what became of each message. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly outbox: WebhookOutbox,
  ) {}

  list(): Promise<Webhook[]> {
    return this.db
      .getRepository(Webhook)
      .find({ where: { deletedAt: IsNull() }, order: { createdAt: 'ASC' }, take: 200 });
  }

  /** A new webhook and its secret, answered this once. */
  async create(actor: SessionUser, url: string, events: string[]): Promise<{ webhook: Webhook; secret: string }> {
    const issues = checkWebhook({ url, events });
    if (hasIssues(issues)) throw new BadInputError(issues);
    const secret = newWebhookSecret();
    const webhook = await this.db.transaction(async (em) => {
      const saved = await em.save(
        em.create(Webhook, {
          url: url.trim(),
          events: inListOrder(events),
          active: true,
          secret,
          createdById: actor.id,
        }),
      );
      await this.audit.record(em, {
        actor,
        entityType: 'Webhook',
        entityId: saved.id,
        action: 'create',
        after: safe(saved),
      });
      return saved;
    });
    await this.feed.publish({ entityType: 'Webhook', id: webhook.id, kind: 'created', actor });
    return { webhook, secret };
  }

  /** Changes the address, the events or whether it is on; switching it on again starts its failure count afresh. */
  async update(actor: SessionUser, id: string, expectedVersion: number, patch: WebhookPatch): Promise<Webhook> {
    const before = await findOrNotFound(this.db.manager, Webhook, id);
    const issues = checkWebhook(
      {
        ...(patch.url != null ? { url: patch.url } : {}),
        ...(patch.events != null ? { events: patch.events } : {}),
      },
      true,
    );
    if (patch.url === null) issues.url = { code: 'required' };
    if (patch.events === null) issues.events = { code: 'required' };
    if (hasIssues(issues)) throw new BadInputError(issues);
    const switchedOn = patch.active === true && !before.active;
    const webhook = await this.db.transaction(async (em) => {
      const after = await updateVersioned(em, Webhook, id, expectedVersion, {
        ...(patch.url != null ? { url: patch.url.trim() } : {}),
        ...(patch.events != null ? { events: inListOrder(patch.events) } : {}),
        ...(patch.active != null ? { active: patch.active } : {}),
        ...(switchedOn ? { failingSince: null, disabledAt: null } : {}),
      });
      await this.audit.record(em, {
        actor,
        entityType: 'Webhook',
        entityId: id,
        action: 'update',
        before: safe(before),
        after: safe(after),
      });
      return after;
    });
    await this.feed.publish({ entityType: 'Webhook', id, kind: 'updated', actor });
    return webhook;
  }

  /** A new secret, answered this once; messages are signed with it from now on, retries included. */
  async rotateSecret(actor: SessionUser, id: string): Promise<{ webhook: Webhook; secret: string }> {
    const before = await findOrNotFound(this.db.manager, Webhook, id);
    const secret = newWebhookSecret();
    const webhook = await this.db.transaction(async (em) => {
      const after = await updateVersioned(em, Webhook, id, before.version, { secret });
      await this.audit.record(em, { actor, entityType: 'Webhook', entityId: id, action: 'rotateSecret' });
      return after;
    });
    await this.feed.publish({ entityType: 'Webhook', id, kind: 'updated', actor });
    return { webhook, secret };
  }

  /** Sends a `webhook.test` message now, through the same queue, signature and log as every other message. */
  async sendTest(actor: SessionUser, id: string): Promise<Webhook> {
    const webhook = await findOrNotFound(this.db.manager, Webhook, id);
    await this.outbox.sendTest(webhook, { id: webhook.id, by: { id: actor.id, name: actor.name } });
    return webhook;
  }

  /** Every attempt at a webhook's messages, the latest first (at most 200). */
  async deliveries(id: string): Promise<WebhookDelivery[]> {
    if (!isUuid(id)) return [];
    await findOrNotFound(this.db.manager, Webhook, id);
    return this.db
      .getRepository(WebhookDelivery)
      .find({ where: { webhookId: id }, order: { attemptedAt: 'DESC', attempt: 'DESC' }, take: 200 });
  }
}

/** The history must not hand out what signs messages. */
function safe({ secret: _secret, ...rest }: Webhook): Omit<Webhook, 'secret'> {
  return rest;
}

/** Each event once, in the order of the list (as the forms show them). */
function inListOrder(events: readonly string[]): string[] {
  return WEBHOOK_EVENTS.filter((type) => events.includes(type));
}
