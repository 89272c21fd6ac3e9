import { INSIGHTS_PERMISSIONS } from '@planbord/domain';
import { defineFeature } from '@planbord/api-core';
import { AdsBudget, Campaign, InsightsSettings, PostMetrics, TeamHours } from './insights.entities';
import { InsightsModule } from './insights.module';
import { Insights1765500000000 } from './migrations/1765500000000-insights';
import { campaignsFields } from './campaigns.fields';
import { Evaluation } from './evaluation.entity';
import { evaluationsFields } from './evaluations.fields';
import { Evaluations1765530000000 } from './migrations/1765530000000-evaluations';
// metrics and their import
import { ChannelFollowers, MetricsImportMapping } from './metrics.entities';
import { metricsFields } from './metrics.fields';
import { Metrics1765510000000 } from './migrations/1765510000000-metrics';

/**
 * Insights: the figures of what the team published, paid reach, what it learned, and the reports that show whether
 * residents are heard.
 */
export const insightsFeature = defineFeature({
  name: 'insights',
  module: InsightsModule,
  entities: [
    PostMetrics,
    Campaign,
    AdsBudget,
    TeamHours,
    InsightsSettings,
    // metrics and their import
    ChannelFollowers,
    MetricsImportMapping,
    // evaluations
    Evaluation,
  ],
  tables: ['campaign_posts'],
  migrations: [
    Insights1765500000000,
    // reports
    // metrics and their import
    Metrics1765510000000,
    // campaigns and the ads budget
    // evaluations
    Evaluations1765530000000,
  ],
  fields: [
    // metrics and their import
    ...metricsFields,
    // campaigns and the ads budget
    ...campaignsFields,
    // evaluations
    ...evaluationsFields,
  ],
  permissions: Object.keys(INSIGHTS_PERMISSIONS),
});
