import { Module } from '@nestjs/common';
import { PublishedHookController } from './published-hook.controller';
import { WebhookOutbox } from './webhook-outbox';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

@Module({
  controllers: [
    // outbound webhooks
    PublishedHookController,
  ],
  providers: [
    // calendar feeds and API tokens
    // outbound webhooks
    WebhooksService,
    WebhooksResolver,
    WebhookOutbox,
    // e-mail
  ],
})
export class IntegrationsModule {}
