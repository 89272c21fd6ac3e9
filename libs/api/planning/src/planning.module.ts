import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { AssignmentsService } from './assignments.service';
import { CalendarService } from './calendar.service';
import { PlanningContent } from './planning-content';
import { EventsService } from './events.service';
import {
  AssignmentsResolver,
  CalendarResolver,
  EventsResolver,
  RubricsResolver,
  SlotsResolver,
} from './planning.resolver';
import { RubricsService } from './rubrics.service';
import { SettingsService } from './settings.service';
import { SlotsService } from './slots.service';

@Module({
  imports: [IdentityModule],
  providers: [
    PlanningContent,
    EventsService,
    RubricsService,
    SlotsService,
    AssignmentsService,
    CalendarService,
    SettingsService,
    CalendarResolver,
    EventsResolver,
    RubricsResolver,
    SlotsResolver,
    AssignmentsResolver,
  ],
  exports: [
    PlanningContent,
    EventsService,
    RubricsService,
    SlotsService,
    AssignmentsService,
    CalendarService,
    SettingsService,
  ],
})
export class PlanningModule {}
