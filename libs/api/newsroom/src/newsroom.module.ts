import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { PublishingModule } from '@planbord/api-publishing';
import { SignalsResolver } from './signals.resolver';
import { SignalsService } from './signals.service';
import { ThemeRulesService } from './theme-rules.service';
import { ThemeRulesResolver, TopicsResolver } from './topics.resolver';
import { TopicsService } from './topics.service';

@Module({
  imports: [IdentityModule, PublishingModule],
  providers: [SignalsService, ThemeRulesService, TopicsService, SignalsResolver, TopicsResolver, ThemeRulesResolver],
  exports: [SignalsService, ThemeRulesService, TopicsService],
})
export class NewsroomModule {}
