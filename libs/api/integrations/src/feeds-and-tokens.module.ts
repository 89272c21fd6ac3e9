import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { PlanningModule } from '@planbord/api-planning';
import { PublishingModule } from '@planbord/api-publishing';
import { ApiTokenMiddleware } from './api-token.middleware';
import { ApiTokensResolver } from './api-tokens.resolver';
import { ApiTokensService } from './api-tokens.service';
import { CalendarFeedsResolver } from './calendar-feeds.resolver';
import { CalendarFeedsService } from './calendar-feeds.service';
import { IcalController } from './ical.controller';

/** Calendar feeds (`/ical/<token>.ics`) and API tokens (`Authorization: Bearer` on `/graphql`). */
@Module({
  imports: [IdentityModule, PlanningModule, PublishingModule],
  controllers: [IcalController],
  providers: [CalendarFeedsService, CalendarFeedsResolver, ApiTokensService, ApiTokensResolver],
  exports: [CalendarFeedsService, ApiTokensService],
})
export class FeedsAndTokensModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ApiTokenMiddleware).forRoutes('graphql');
  }
}
