import { Module } from '@nestjs/common';
import { AssignmentsService } from './assignments.service';
import { CalendarService } from './calendar.service';
import { EventsService } from './events.service';
import { AssignmentsResolver, CalendarResolver, EventsResolver, RubricsResolver, SlotsResolver } from './planning.resolver';
import { RubricsService } from './rubrics.service';
import { SettingsService } from './settings.service';
import { SlotsService } from './slots.service';

@Module({
  providers: [
    EventsService, RubricsService, SlotsService, AssignmentsService, CalendarService, SettingsService,
    CalendarResolver, EventsResolver, RubricsResolver, SlotsResolver, AssignmentsResolver,
  ],
  exports: [EventsService, RubricsService, SlotsService, AssignmentsService, CalendarService, SettingsService],
})
export class PlanningModule {}
