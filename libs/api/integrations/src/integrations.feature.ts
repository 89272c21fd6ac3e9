import { INTEGRATIONS_PERMISSIONS } from '@planbord/domain';
import { defineFeature } from '@planbord/api-core';
import { IntegrationsModule } from './integrations.module';
import { Webhooks1765200000000 } from './migrations/1765200000000-webhooks';
import { WebhookDelivery, WebhookMessage, WebhookOutboxMessage } from './webhook-delivery.entity';
import { Webhook } from './webhook.entity';

/**
 * Planbord beside the organisation's other tools: calendar feeds for Outlook, API tokens for scripts, signed webhooks
 * for a publishing tool, and e-mail.
 */
export const integrationsFeature = defineFeature({
  name: 'integrations',
  module: IntegrationsModule,
  entities: [
    // calendar feeds and API tokens
    // outbound webhooks
    Webhook,
    WebhookOutboxMessage,
    WebhookMessage,
    WebhookDelivery,
    // e-mail
  ],
  migrations: [
    // calendar feeds and API tokens
    // outbound webhooks
    Webhooks1765200000000,
    // e-mail
  ],
  permissions: Object.keys(INTEGRATIONS_PERMISSIONS),
});
