import { coverageOf } from '@planbord/domain';
import type { FieldResolvers } from '@planbord/api-core';
import type { Assignment } from './assignment.entity';
import type { Event } from './event.entity';
import { planningLoaders as load } from './planning.loaders';
import type { Rubric } from './rubric.entity';
import type { Slot } from './slot.entity';

/**
 * How the relation fields of planning types resolve: what the calendar attached to its rows (`withCalendarReferences`),
 * otherwise through a per-request loader, one statement per relation.
 */
export const planningFields: FieldResolvers = {
  'Event.coverage': (event: Event, ctx) => (event.assignments !== undefined ? coverageOf(event.coverageNotNeeded, event.assignments) : load(ctx).eventAssignments.load(event.id).then((jobs) => coverageOf(event.coverageNotNeeded, jobs))),
  'Event.department': (event: Event, ctx) => (event.department !== undefined ? event.department : event.departmentId ? load(ctx).department.load(event.departmentId) : null),
  'Event.themes': (event: Event, ctx) => event.themes ?? load(ctx).eventThemes.load(event.id),
  'Event.audiences': (event: Event, ctx) => load(ctx).eventAudiences.load(event.id),
  'Event.wishedChannels': (event: Event, ctx) => load(ctx).eventChannels.load(event.id),
  'Event.requestedBy': (event: Event, ctx) => (event.requestedById ? load(ctx).user.load(event.requestedById) : null),
  'Event.decidedBy': (event: Event, ctx) => (event.decidedById ? load(ctx).user.load(event.decidedById) : null),
  'Event.assignments': (event: Event, ctx) => event.assignments ?? load(ctx).eventAssignments.load(event.id),
  'Rubric.channels': (rubric: Rubric, ctx) => rubric.channels ?? load(ctx).rubricChannels.load(rubric.id),
  'Rubric.theme': (rubric: Rubric, ctx) => (rubric.theme !== undefined ? rubric.theme : rubric.themeId ? load(ctx).theme.load(rubric.themeId) : null),
  'Rubric.owner': (rubric: Rubric, ctx) => (rubric.ownerId ? load(ctx).user.load(rubric.ownerId) : null),
  'Slot.rubric': (slot: Slot, ctx) => (slot.rubric !== undefined ? slot.rubric : slot.rubricId ? load(ctx).rubric.load(slot.rubricId) : null),
  'Slot.channel': (slot: Slot, ctx) => (slot.channel !== undefined ? slot.channel : slot.channelId ? load(ctx).channel.load(slot.channelId) : null),
  'Slot.assignments': (slot: Slot, ctx) => slot.assignments ?? load(ctx).slotAssignments.load(slot.id),
  'Assignment.user': (assignment: Assignment, ctx) => (assignment.user !== undefined ? assignment.user : load(ctx).user.load(assignment.userId)),
  'Assignment.event': (assignment: Assignment, ctx) => (assignment.eventId ? load(ctx).event.load(assignment.eventId) : null),
  'Assignment.slot': (assignment: Assignment, ctx) => (assignment.slotId ? load(ctx).slot.load(assignment.slotId) : null),
};
