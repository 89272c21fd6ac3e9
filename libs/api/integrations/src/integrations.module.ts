import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { CalendarExportController } from './calendar-export.controller';
import { EmailResolver } from './email.resolver';
import { EmailService } from './email.service';
import { FeedsAndTokensModule } from './feeds-and-tokens.module';

@Module({
  imports: [
    IdentityModule,
    // calendar feeds and API tokens
    FeedsAndTokensModule,
    // outbound webhooks
    // e-mail
  ],
  controllers: [CalendarExportController],
  providers: [
    // calendar feeds and API tokens
    // outbound webhooks
    // e-mail
    EmailService,
    EmailResolver,
  ],
})
export class IntegrationsModule {}
