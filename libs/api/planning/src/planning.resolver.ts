import { Args, Context, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { EventStatus } from '@planbord/domain';
import {
  BadInputError,
  CalendarChange,
  ChangeFeed,
  CurrentUser,
  GraphQLDate,
  Idempotency,
  idempotencyKeyArg,
  type GraphQLContext,
  type SessionUser,
} from '@planbord/api-core';
import { Assignment } from './assignment.entity';
import { AssignmentsService } from './assignments.service';
import { CalendarService } from './calendar.service';
import {
  AdHocSlotInput,
  AssignInput,
  CalendarFilter,
  EventInput,
  EventPatch,
  EventRequestInput,
  PlanningSettingsInput,
  RubricInput,
  RubricPatch,
} from './dto/planning.input';
import { EventStatusEnum } from './enums';
import { Event } from './event.entity';
import { EventsService } from './events.service';
import { PlanningSettings } from './planning-settings.entity';
import { withCalendarReferences } from './planning.loaders';
import { Calendar, Holiday, RubricYear, WeekBalance, Workload } from './planning.types';
import { publicHolidays } from './working-days';
import { Rubric } from './rubric.entity';
import { emptyMonths, RubricsService } from './rubrics.service';
import { SettingsService } from './settings.service';
import { Slot } from './slot.entity';
import { SlotsService } from './slots.service';

const idArg = ['id', { type: () => ID }] as const;
const versionArg = ['expectedVersion', { type: () => Int }] as const;

@Resolver(() => Calendar)
export class CalendarResolver {
  constructor(
    private readonly calendarService: CalendarService,
    private readonly settings: SettingsService,
    private readonly feed: ChangeFeed,
  ) {}

  @Query(() => Calendar, { description: 'Events, slots (and later posts) in a range of at most 400 days.' })
  async calendar(
    @CurrentUser() user: SessionUser,
    @Context() ctx: GraphQLContext,
    @Args('from') from: Date,
    @Args('to') to: Date,
    @Args('filter', { type: () => CalendarFilter, nullable: true }) filter: CalendarFilter | null,
  ): Promise<Calendar> {
    const calendar = await this.calendarService.calendar(user, from, to, filter);
    await withCalendarReferences(ctx, calendar);
    return { from, to, viewer: user, filter, ...calendar };
  }

  @Query(() => [WeekBalance], { description: 'The planning balance per week, against the target share of free room.' })
  async planningBalance(@Args('from') from: Date, @Args('to') to: Date): Promise<WeekBalance[]> {
    return this.calendarService.balance(from, to, (await this.settings.get()).freeRoomTargetShare);
  }

  @Query(() => [Holiday], {
    description: 'The public holidays of the planning country from `from` to `to` (inclusive, at most 800 days).',
  })
  async holidays(
    @CurrentUser() user: SessionUser,
    @Args('from', { type: () => GraphQLDate }) from: string,
    @Args('to', { type: () => GraphQLDate }) to: string,
  ): Promise<Holiday[]> {
    if (to < from) throw new BadInputError({ to: { code: 'endBeforeStart' } });
    if (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`) > 800 * 86400_000)
      throw new BadInputError({ to: { code: 'rangeTooLong', maxDays: 800 } });
    return publicHolidays((await this.settings.get()).country, from, to, user.locale);
  }

  @Query(() => PlanningSettings)
  planningSettings(): Promise<PlanningSettings> {
    return this.settings.get();
  }

  @Mutation(() => PlanningSettings)
  updatePlanningSettings(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: PlanningSettingsInput,
    @Args(...versionArg) expectedVersion: number,
  ): Promise<PlanningSettings> {
    return this.settings.update(actor, input, expectedVersion);
  }

  @Subscription(() => CalendarChange, { description: 'Something in the calendar changed: refresh it.' })
  calendarChanged(): AsyncIterableIterator<{ calendarChanged: CalendarChange }> {
    return this.feed.subscribe();
  }
}

@Resolver(() => Event)
export class EventsResolver {
  constructor(
    private readonly events: EventsService,
    private readonly idempotency: Idempotency,
  ) {}

  @Query(() => Event, { nullable: true })
  event(@CurrentUser() user: SessionUser, @Args(...idArg) id: string): Promise<Event | null> {
    return this.events.find(user, id).catch(() => null);
  }

  @Query(() => [Event], {
    description: "Event requests: a liaison's own; the team's triage queue, open ones first by due date.",
  })
  eventRequests(
    @CurrentUser() user: SessionUser,
    @Args('mine', { type: () => Boolean, nullable: true }) mine: boolean | null,
    @Args('status', { type: () => [EventStatusEnum], nullable: true }) status: EventStatus[] | null,
  ): Promise<Event[]> {
    return this.events.requests(user, !!mine, status);
  }

  @Query(() => [Event], { description: 'Planned events in the range not covered yet.' })
  planningGaps(@Args('from') from: Date, @Args('to') to: Date): Promise<Event[]> {
    return this.events.planningGaps(from, to);
  }

  @Mutation(() => Event)
  submitEventRequest(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: EventRequestInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Event> {
    return this.idempotency.once(actor, idempotencyKey, 'submitEventRequest', Event, () =>
      this.events.submitRequest(actor, input),
    );
  }

  @Mutation(() => Event)
  decideEventRequest(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('accept') accept: boolean,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<Event> {
    return this.events.decide(actor, id, expectedVersion, accept, note);
  }

  @Mutation(() => Event)
  createEvent(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: EventInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Event> {
    return this.idempotency.once(actor, idempotencyKey, 'createEvent', Event, () => this.events.create(actor, input));
  }

  @Mutation(() => Event)
  updateEvent(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('input') input: EventPatch,
  ): Promise<Event> {
    return this.events.update(actor, id, expectedVersion, input);
  }

  @Mutation(() => Event)
  cancelEvent(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('reason') reason: string,
  ): Promise<Event> {
    return this.events.cancel(actor, id, expectedVersion, reason);
  }

  @Mutation(() => Event, { description: 'Marks a planned event as done.' })
  completeEvent(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
  ): Promise<Event> {
    return this.events.complete(actor, id, expectedVersion);
  }
}

@Resolver(() => Rubric)
export class RubricsResolver {
  constructor(
    private readonly rubricsService: RubricsService,
    private readonly idempotency: Idempotency,
  ) {}

  @Query(() => [Rubric])
  rubrics(@Args('active', { type: () => Boolean, nullable: true }) active: boolean | null): Promise<Rubric[]> {
    return this.rubricsService.list(active);
  }

  @Query(() => [RubricYear], {
    description:
      'Each rubric with its open, filled and skipped slots per month of twelve months: a calendar year, or from `fromMonth` of `year` on.',
  })
  async rubricYear(
    @Args('year', { type: () => Int }) year: number,
    @Args('fromMonth', { type: () => Int, nullable: true }) fromMonth: number | null,
  ): Promise<RubricYear[]> {
    const [list, counts] = await Promise.all([
      this.rubricsService.list(null),
      this.rubricsService.year(year, fromMonth ?? 1),
    ]);
    return list.map((rubric) => ({ rubric, months: counts.get(rubric.id) ?? emptyMonths(year, fromMonth ?? 1) }));
  }

  @Query(() => [Date], { description: 'The next occurrences of a rule, for the rubric editor.' })
  previewRubricDates(
    @Args('rrule') rrule: string,
    @Args('startsOn', { type: () => GraphQLDate }) startsOn: string,
    @Args('time') time: string,
    @Args('endsOn', { type: () => GraphQLDate, nullable: true }) endsOn: string | null,
    @Args('count', { type: () => Int, nullable: true }) count: number | null,
  ): Date[] {
    return this.rubricsService.preview({ rrule, startsOn, time, endsOn }, Math.min(Math.max(count ?? 10, 1), 50));
  }

  @Query(() => [Rubric], {
    description:
      'Rubrics with the same name and rule as the one about to be saved (without the one being edited): a warning, never a refusal.',
  })
  similarRubrics(
    @Args('name') name: string,
    @Args('rrule') rrule: string,
    @Args('excludeId', { type: () => ID, nullable: true }) excludeId: string | null,
  ): Promise<Rubric[]> {
    return this.rubricsService.similar(name, rrule, excludeId);
  }

  @Mutation(() => Rubric)
  createRubric(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: RubricInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Rubric> {
    return this.idempotency.once(actor, idempotencyKey, 'createRubric', Rubric, () =>
      this.rubricsService.create(actor, input),
    );
  }

  @Mutation(() => Rubric)
  updateRubric(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('input') input: RubricPatch,
  ): Promise<Rubric> {
    return this.rubricsService.update(actor, id, expectedVersion, input);
  }
}

@Resolver(() => Slot)
export class SlotsResolver {
  constructor(
    private readonly slots: SlotsService,
    private readonly idempotency: Idempotency,
  ) {}

  @Query(() => Slot, { nullable: true })
  slot(@Args(...idArg) id: string): Promise<Slot | null> {
    return this.slots.find(id);
  }

  @Mutation(() => Slot)
  createAdHocSlot(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: AdHocSlotInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Slot> {
    return this.idempotency.once(actor, idempotencyKey, 'createAdHocSlot', Slot, () =>
      this.slots.createAdHoc(actor, input),
    );
  }

  @Mutation(() => Slot)
  skipSlot(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('reason') reason: string,
  ): Promise<Slot> {
    return this.slots.skip(actor, id, expectedVersion, reason);
  }

  @Mutation(() => Slot, { description: 'Undoes a skip.' })
  reopenSlot(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
  ): Promise<Slot> {
    return this.slots.reopen(actor, id, expectedVersion);
  }

  @Mutation(() => Slot)
  moveSlot(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('startsAt') startsAt: Date,
  ): Promise<Slot> {
    return this.slots.move(actor, id, expectedVersion, startsAt);
  }
}

@Resolver(() => Assignment)
export class AssignmentsResolver {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly idempotency: Idempotency,
  ) {}

  @Query(() => [Workload], {
    description: 'Per team member: planned minutes against capacity, and clashing COVER jobs.',
  })
  workload(
    @Args('from') from: Date,
    @Args('to') to: Date,
    @Args('userIds', { type: () => [ID], nullable: true }) userIds: string[] | null,
  ): Promise<Workload[]> {
    return this.assignments.workload(from, to, userIds);
  }

  @Query(() => [Assignment], {
    description:
      "A person's open jobs (pending or accepted) from now on, soonest first: what to hand over before they are deactivated.",
  })
  openAssignments(@Args('userId', { type: () => ID }) userId: string): Promise<Assignment[]> {
    return this.assignments.openOf(userId);
  }

  @Mutation(() => Assignment)
  assign(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: AssignInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Assignment> {
    return this.idempotency.once(actor, idempotencyKey, 'assign', Assignment, () =>
      this.assignments.assign(actor, input),
    );
  }

  @Mutation(() => Assignment)
  respondToAssignment(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('accept') accept: boolean,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<Assignment> {
    return this.assignments.respond(actor, id, expectedVersion, accept, note);
  }

  @Mutation(() => Assignment)
  markAssignmentDone(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
  ): Promise<Assignment> {
    return this.assignments.markDone(actor, id, expectedVersion);
  }

  @Mutation(() => Boolean)
  unassign(@CurrentUser() actor: SessionUser, @Args(...idArg) id: string): Promise<boolean> {
    return this.assignments.unassign(actor, id);
  }
}
