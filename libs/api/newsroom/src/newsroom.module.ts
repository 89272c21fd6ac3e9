import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { PublishingModule } from '@planbord/api-publishing';
import { ActionsResolver } from './actions.resolver';
import { ActionsService } from './actions.service';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';
import { SignalsResolver } from './signals.resolver';
import { SignalsService } from './signals.service';
import { ThemeRulesService } from './theme-rules.service';
import { ThemeRulesResolver, TopicsResolver } from './topics.resolver';
import { TopicsService } from './topics.service';

@Module({
  imports: [IdentityModule, PublishingModule],
  providers: [
    SignalsService,
    ThemeRulesService,
    TopicsService,
    SignalsResolver,
    TopicsResolver,
    ThemeRulesResolver,
    ActionsService,
    ActionsResolver,
    PrivacyService,
    PrivacyResolver,
  ],
  exports: [SignalsService, ThemeRulesService, TopicsService, ActionsService, PrivacyService],
})
export class NewsroomModule {}
