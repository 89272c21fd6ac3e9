export * from './assignment.entity';
export * from './assignments.service';
export * from './calendar.service';
export * from './dto/planning.input';
export * from './planning.types';
export * from './planning.loaders';
export * from './planning.fields';
export * from './event.entity';
export * from './events.service';
export * from './planning-settings.entity';
export * from './planning.module';
export * from './rubric.entity';
export * from './rubrics.service';
export * from './settings.service';
export * from './slot.entity';
export * from './slots.service';
export * from './working-days';

import { Assignment } from './assignment.entity';
import { Event } from './event.entity';
import { PlanningSettings } from './planning-settings.entity';
import { Rubric } from './rubric.entity';
import { Slot } from './slot.entity';

export const planningEntities = [Event, Rubric, Slot, Assignment, PlanningSettings];
