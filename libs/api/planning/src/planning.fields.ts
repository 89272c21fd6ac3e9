import { coverageOf } from '@planbord/domain';
import { fieldsOf } from '@planbord/api-core';
import { Assignment } from './assignment.entity';
import { Event } from './event.entity';
import { planningLoaders as load } from './planning.loaders';
import { Rubric } from './rubric.entity';
import { Slot } from './slot.entity';

/**
 * How the relation fields of planning types resolve: what the calendar attached to its rows (`withCalendarReferences`),
 * otherwise through a per-request loader, one statement per relation.
 */
export const planningFields = [
  fieldsOf(Event, {
    coverage: (event, ctx) =>
      event.assignments
        ? coverageOf(event.coverageNotNeeded, event.assignments)
        : load(ctx)
            .eventAssignments.load(event.id)
            .then((jobs) => coverageOf(event.coverageNotNeeded, jobs)),
    department: (event, ctx) =>
      event.department !== undefined
        ? event.department
        : event.departmentId
          ? load(ctx).department.load(event.departmentId)
          : null,
    themes: (event, ctx) => event.themes ?? load(ctx).eventThemes.load(event.id),
    audiences: (event, ctx) => load(ctx).eventAudiences.load(event.id),
    wishedChannels: (event, ctx) => load(ctx).eventChannels.load(event.id),
    requestedBy: (event, ctx) => (event.requestedById ? load(ctx).user.load(event.requestedById) : null),
    decidedBy: (event, ctx) => (event.decidedById ? load(ctx).user.load(event.decidedById) : null),
    assignments: (event, ctx) => event.assignments ?? load(ctx).eventAssignments.load(event.id),
  }),
  fieldsOf(Rubric, {
    channels: (rubric, ctx) => rubric.channels ?? load(ctx).rubricChannels.load(rubric.id),
    theme: (rubric, ctx) =>
      rubric.theme !== undefined ? rubric.theme : rubric.themeId ? load(ctx).theme.load(rubric.themeId) : null,
    owner: (rubric, ctx) => (rubric.ownerId ? load(ctx).user.load(rubric.ownerId) : null),
  }),
  fieldsOf(Slot, {
    rubric: (slot, ctx) =>
      slot.rubric !== undefined ? slot.rubric : slot.rubricId ? load(ctx).rubric.load(slot.rubricId) : null,
    channel: (slot, ctx) =>
      slot.channel !== undefined ? slot.channel : slot.channelId ? load(ctx).channel.load(slot.channelId) : null,
    assignments: (slot, ctx) => slot.assignments ?? load(ctx).slotAssignments.load(slot.id),
  }),
  fieldsOf(Assignment, {
    user: (assignment, ctx) =>
      assignment.user !== undefined ? assignment.user : load(ctx).user.load(assignment.userId),
    event: (assignment, ctx) => (assignment.eventId ? load(ctx).event.load(assignment.eventId) : null),
    slot: (assignment, ctx) => (assignment.slotId ? load(ctx).slot.load(assignment.slotId) : null),
  }),
];
