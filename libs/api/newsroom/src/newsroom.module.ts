import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { PlanningModule } from '@planbord/api-planning';
import { PublishingModule } from '@planbord/api-publishing';
import { ActionsResolver } from './actions.resolver';
import { ActionsService } from './actions.service';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';
import { ReportRollups } from './report-rollups';
import { IngestController } from './ingest.controller';
import { IngestResolver } from './ingest.resolver';
import { IngestService } from './ingest.service';
import { SignalsResolver } from './signals.resolver';
import { SignalsService } from './signals.service';
import { ThemeRulesService } from './theme-rules.service';
import { ThemeRulesResolver, TopicsResolver } from './topics.resolver';
import { TopicsService } from './topics.service';
import {
  OnCallShiftResolver,
  ReplyTemplateResolver,
  WebcareResolver,
  WebcareSettingsResolver,
} from './webcare.resolver';
import { WebcareService } from './webcare.service';

@Module({
  imports: [IdentityModule, PlanningModule, PublishingModule],
  controllers: [IngestController],
  providers: [
    SignalsService,
    ThemeRulesService,
    TopicsService,
    SignalsResolver,
    TopicsResolver,
    ThemeRulesResolver,
    WebcareService,
    WebcareResolver,
    WebcareSettingsResolver,
    OnCallShiftResolver,
    ReplyTemplateResolver,
    ActionsService,
    ActionsResolver,
    PrivacyService,
    PrivacyResolver,
    IngestService,
    IngestResolver,
    ReportRollups,
  ],
  exports: [
    SignalsService,
    ThemeRulesService,
    TopicsService,
    WebcareService,
    ActionsService,
    PrivacyService,
    IngestService,
    ReportRollups,
  ],
})
export class NewsroomModule {}
