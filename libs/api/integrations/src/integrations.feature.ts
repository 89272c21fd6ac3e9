import { INTEGRATIONS_PERMISSIONS } from '@planbord/domain';
import { defineFeature } from '@planbord/api-core';
import { CalendarImport } from './calendar-import.entity';
import { IntegrationsModule } from './integrations.module';
import { CalendarImports1765400000000 } from './migrations/1765400000000-calendar-imports';
// calendar feeds and API tokens
import { ApiToken } from './api-token.entity';
import { CalendarFeed } from './calendar-feed.entity';
import { CalendarFeedsAndApiTokens1765100000000 } from './migrations/1765100000000-calendar-feeds-and-api-tokens';
// outbound webhooks
import { Webhooks1765200000000 } from './migrations/1765200000000-webhooks';
import { WebhookDelivery, WebhookMessage, WebhookOutboxMessage } from './webhook-delivery.entity';
import { Webhook } from './webhook.entity';
// e-mail
import { EmailDigestItem, EmailPreferencesRow } from './email-preferences.entity';
import { Email1765300000000 } from './migrations/1765300000000-email';

/**
 * Planbord beside the organisation's other tools: calendar feeds for Outlook, API tokens for scripts, signed webhooks
 * for a publishing tool, and e-mail.
 */
export const integrationsFeature = defineFeature({
  name: 'integrations',
  module: IntegrationsModule,
  entities: [
    CalendarImport,
    // calendar feeds and API tokens
    CalendarFeed,
    ApiToken,
    // outbound webhooks
    Webhook,
    WebhookOutboxMessage,
    WebhookMessage,
    WebhookDelivery,
    // e-mail
    EmailPreferencesRow,
    EmailDigestItem,
  ],
  migrations: [
    CalendarImports1765400000000,
    // calendar feeds and API tokens
    CalendarFeedsAndApiTokens1765100000000,
    // outbound webhooks
    Webhooks1765200000000,
    // e-mail
    Email1765300000000,
  ],
  permissions: Object.keys(INTEGRATIONS_PERMISSIONS),
});
