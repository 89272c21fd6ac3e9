import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { PublishingModule } from '@planbord/api-publishing';
import { IngestController } from './ingest.controller';
import { IngestResolver } from './ingest.resolver';
import { IngestService } from './ingest.service';
import { SignalsResolver } from './signals.resolver';
import { SignalsService } from './signals.service';
import { ThemeRulesService } from './theme-rules.service';
import { ThemeRulesResolver, TopicsResolver } from './topics.resolver';
import { TopicsService } from './topics.service';

@Module({
  imports: [IdentityModule, PublishingModule],
  controllers: [IngestController],
  providers: [
    SignalsService,
    ThemeRulesService,
    TopicsService,
    SignalsResolver,
    TopicsResolver,
    ThemeRulesResolver,
    IngestService,
    IngestResolver,
  ],
  exports: [SignalsService, ThemeRulesService, TopicsService],
})
export class NewsroomModule {}
