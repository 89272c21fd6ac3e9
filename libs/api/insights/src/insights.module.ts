import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { PublishingModule } from '@planbord/api-publishing';
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
    // metrics and their import
    IdentityModule,
    PublishingModule,
    // campaigns and the ads budget
    // evaluations
  ],
  controllers: [
    // reports
    // metrics and their import
    MetricsImportController,
  ],
  providers: [
    // reports
    ReportsResolver,
    ResidentReports,
    TeamReports,
    // metrics and their import
    MetricsService,
    MetricsImportService,
    MetricsResolver,
    PostMetricsResolver,
    // campaigns and the ads budget
    // evaluations
  ],
})
export class InsightsModule {}
