import { PLANNING_PERMISSIONS } from '@planbord/domain';
import { defineFeature } from '@planbord/api-core';
import { Assignment } from './assignment.entity';
import { Event } from './event.entity';
import { Planning1763856000000 } from './migrations/1763856000000-planning';
import { PlanningViews1764633600000 } from './migrations/1764633600000-planning-views';
import { PlanningReportViews1765540000000 } from './migrations/1765540000000-planning-report-views';
import { PlanningSettings } from './planning-settings.entity';
import { planningFields } from './planning.fields';
import { PlanningModule } from './planning.module';
import { Rubric } from './rubric.entity';
import { Slot } from './slot.entity';

/** Events, requests, rubrics, slots and the jobs on them. */
export const planningFeature = defineFeature({
  name: 'planning',
  module: PlanningModule,
  entities: [Event, Rubric, Slot, Assignment, PlanningSettings],
  tables: ['event_themes', 'event_audiences', 'event_wished_channels', 'rubric_channels'],
  views: ['planning_target_themes', 'planning_post_assignees', 'planning_event_coverage', 'planning_slots'],
  migrations: [Planning1763856000000, PlanningViews1764633600000, PlanningReportViews1765540000000],
  fields: planningFields,
  permissions: Object.keys(PLANNING_PERMISSIONS),
});
