import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { CalendarExportController } from './calendar-export.controller';
import { EmailResolver } from './email.resolver';
import { EmailService } from './email.service';
import { FeedsAndTokensModule } from './feeds-and-tokens.module';
import { PublishedHookController } from './published-hook.controller';
import { WebhookOutbox } from './webhook-outbox';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [
    IdentityModule,
    // calendar feeds and API tokens
    FeedsAndTokensModule,
    // outbound webhooks
    // e-mail
  ],
  controllers: [
    CalendarExportController,
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
    EmailService,
    EmailResolver,
  ],
})
export class IntegrationsModule {}
