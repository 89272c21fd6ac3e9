import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { PlanningModule } from '@planbord/api-planning';
import { PublishingModule } from '@planbord/api-publishing';
import { CalendarExportController } from './calendar-export.controller';
import { CalendarImportController } from './calendar-import.controller';
import { CalendarImportResolver } from './calendar-import.resolver';
import { CalendarImportService } from './calendar-import.service';
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
    PlanningModule,
    PublishingModule,
    // calendar feeds and API tokens
    FeedsAndTokensModule,
    // outbound webhooks
    // e-mail
  ],
  controllers: [
    CalendarExportController,
    CalendarImportController,
    // outbound webhooks
    PublishedHookController,
  ],
  providers: [
    CalendarImportService,
    CalendarImportResolver,
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
