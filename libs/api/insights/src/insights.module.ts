import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { NewsroomModule } from '@planbord/api-newsroom';
import { PlanningModule } from '@planbord/api-planning';
import { InsightsSettingsResolver } from './insights-settings.resolver';
import { InsightsSettingsService } from './insights-settings.service';
import { PublishingModule } from '@planbord/api-publishing';
import { CampaignsResolver } from './campaigns.resolver';
import { CampaignsService } from './campaigns.service';
import { EvaluationsResolver, PostEvaluationsResolver, RubricEvaluationsResolver } from './evaluations.resolver';
import { EvaluationsService } from './evaluations.service';
import { ReportExportController } from './report-export.controller';
import { ReportsResolver } from './reports.resolver';
import { ResidentReports } from './resident-reports';
import { TeamReports } from './team-reports';
// metrics and their import
import { MetricsImportController } from './metrics-import.controller';
import { MetricsImportService } from './metrics-import.service';
import { MetricsResolver, PostMetricsResolver } from './metrics.resolver';
import { MetricsService } from './metrics.service';

@Module({
  imports: [
    // reports
    IdentityModule,
    PlanningModule,
    NewsroomModule,
    // metrics and their import
    // campaigns and the ads budget
    PublishingModule,
    // evaluations
  ],
  controllers: [
    // reports
    ReportExportController,
    // metrics and their import
    MetricsImportController,
  ],
  providers: [
    // reports
    ReportsResolver,
    ResidentReports,
    TeamReports,
    InsightsSettingsService,
    InsightsSettingsResolver,
    // metrics and their import
    MetricsService,
    MetricsImportService,
    MetricsResolver,
    PostMetricsResolver,
    // campaigns and the ads budget
    CampaignsService,
    CampaignsResolver,
    // evaluations
    EvaluationsService,
    EvaluationsResolver,
    PostEvaluationsResolver,
    RubricEvaluationsResolver,
  ],
})
export class InsightsModule {}
