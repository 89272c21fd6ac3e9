import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { NewsroomModule } from '@planbord/api-newsroom';
import { PlanningModule } from '@planbord/api-planning';
import { InsightsSettingsResolver } from './insights-settings.resolver';
import { InsightsSettingsService } from './insights-settings.service';
import { ReportExportController } from './report-export.controller';
import { ReportsResolver } from './reports.resolver';
import { ResidentReports } from './resident-reports';
import { TeamReports } from './team-reports';

@Module({
  imports: [
    // reports
    IdentityModule,
    PlanningModule,
    NewsroomModule,
    // metrics and their import
    // campaigns and the ads budget
    // evaluations
  ],
  controllers: [
    // reports
    ReportExportController,
    // metrics and their import
  ],
  providers: [
    // reports
    ReportsResolver,
    ResidentReports,
    TeamReports,
    InsightsSettingsService,
    InsightsSettingsResolver,
    // metrics and their import
    // campaigns and the ads budget
    // evaluations
  ],
})
export class InsightsModule {}
