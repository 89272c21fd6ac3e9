import { coverageOf } from '@planbord/domain';
import { fieldsOf } from '@planbord/api-core';
import { Assignment } from './assignment.entity';
import { Event } from './event.entity';
import { planningLoaders as load } from './planning.loaders';
import { Rubric } from './rubric.entity';
import { Slot } from './slot.entity';

/** How the relation fields of planning types resolve: each through a per-request loader, one statement per relation. */
export const planningFields = [
  fieldsOf(Event, {
    coverage: async (event, ctx) => coverageOf(event.coverageNotNeeded, await load(ctx).eventAssignments.load(event.id)),
    department: (event, ctx) => (event.departmentId ? load(ctx).department.load(event.departmentId) : null),
    themes: (event, ctx) => load(ctx).eventThemes.load(event.id),
    audiences: (event, ctx) => load(ctx).eventAudiences.load(event.id),
    wishedChannels: (event, ctx) => load(ctx).eventChannels.load(event.id),
    requestedBy: (event, ctx) => (event.requestedById ? load(ctx).user.load(event.requestedById) : null),
    decidedBy: (event, ctx) => (event.decidedById ? load(ctx).user.load(event.decidedById) : null),
    assignments: (event, ctx) => load(ctx).eventAssignments.load(event.id),
  }),
  fieldsOf(Rubric, {
    channels: (rubric, ctx) => load(ctx).rubricChannels.load(rubric.id),
    theme: (rubric, ctx) => (rubric.themeId ? load(ctx).theme.load(rubric.themeId) : null),
    owner: (rubric, ctx) => (rubric.ownerId ? load(ctx).user.load(rubric.ownerId) : null),
  }),
  fieldsOf(Slot, {
    rubric: (slot, ctx) => (slot.rubricId ? load(ctx).rubric.load(slot.rubricId) : null),
    channel: (slot, ctx) => (slot.channelId ? load(ctx).channel.load(slot.channelId) : null),
    assignments: (slot, ctx) => load(ctx).slotAssignments.load(slot.id),
  }),
  fieldsOf(Assignment, {
    user: (assignment, ctx) => load(ctx).user.load(assignment.userId),
    event: (assignment, ctx) => (assignment.eventId ? load(ctx).event.load(assignment.eventId) : null),
    slot: (assignment, ctx) => (assignment.slotId ? load(ctx).slot.load(assignment.slotId) : null),
  }),
];
