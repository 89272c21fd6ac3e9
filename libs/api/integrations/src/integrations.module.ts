import { Module } from '@nestjs/common';
import { CalendarExportController } from './calendar-export.controller';

@Module({
  controllers: [CalendarExportController],
  providers: [
    // calendar feeds and API tokens
    // outbound webhooks
    // e-mail
  ],
})
export class IntegrationsModule {}
