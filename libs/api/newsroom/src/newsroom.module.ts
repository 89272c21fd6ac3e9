import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { PlanningModule } from '@planbord/api-planning';
import { PublishingModule } from '@planbord/api-publishing';
import { SignalsResolver } from './signals.resolver';
import { SignalsService } from './signals.service';
import { ThemeRulesService } from './theme-rules.service';
import {
  OnCallShiftResolver,
  ReplyTemplateResolver,
  WebcareResolver,
  WebcareSettingsResolver,
} from './webcare.resolver';
import { WebcareService } from './webcare.service';

@Module({
  imports: [IdentityModule, PlanningModule, PublishingModule],
  providers: [
    SignalsService,
    ThemeRulesService,
    SignalsResolver,
    WebcareService,
    WebcareResolver,
    WebcareSettingsResolver,
    OnCallShiftResolver,
    ReplyTemplateResolver,
  ],
  exports: [SignalsService, ThemeRulesService, WebcareService],
})
export class NewsroomModule {}
