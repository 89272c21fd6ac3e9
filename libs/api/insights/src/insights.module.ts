import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { PlanningModule } from '@planbord/api-planning';
import { ReportExportController } from './report-export.controller';
import { ReportsResolver } from './reports.resolver';
import { ResidentReports } from './resident-reports';
import { TeamReports } from './team-reports';

@Module({
  imports: [
    // reports
    IdentityModule,
    PlanningModule,
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
    // metrics and their import
    // campaigns and the ads budget
    // evaluations
  ],
})
export class InsightsModule {}
