import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate, type SessionUser } from '@planbord/api-core';
import type { CalendarFilter } from './dto/planning.input';
import { User } from '@planbord/api-identity';
import { Assignment } from './assignment.entity';
import { Event } from './event.entity';
import { Rubric } from './rubric.entity';
import { Slot } from './slot.entity';

@ObjectType({ description: 'Everything in a range: events that overlap it, slots that start in it.' })
export class Calendar {
  @Field(() => Date) from: Date;
  @Field(() => Date) to: Date;
  @Field(() => [Event]) events: Event[];
  @Field(() => [Slot]) slots: Slot[];
  /** Who asked and with which filter: other features resolve their part of the calendar with it. */
  viewer: SessionUser;
  filter: CalendarFilter | null;
}

@ObjectType({ description: "A person's planned work in a range against their capacity." })
export class Workload {
  @Field(() => User) user: User;
  @Field(() => Int) minutes: number;
  @Field(() => Int) capacityMinutes: number;
  @Field(() => [Assignment], { description: 'COVER jobs that overlap another COVER job of the same person' })
  conflicts: Assignment[];
}

@ObjectType({ description: 'The planning balance of a week (Monday to Sunday).' })
export class WeekBalance {
  @Field(() => GraphQLDate) weekStart: string;
  @Field(() => Int) rubric: number;
  @Field(() => Int) eventBound: number;
  @Field(() => Int) adHocFilled: number;
  @Field(() => Int) adHocFree: number;
  @Field(() => Float) freeShare: number;
  @Field(() => Float) targetShare: number;
  @Field() belowTarget: boolean;
}

@ObjectType({ description: 'A public holiday of the planning country (no working day).' })
export class Holiday {
  @Field(() => GraphQLDate) date: string;
  @Field({ description: "In the asker's language" }) name: string;
}

@ObjectType()
export class RubricMonth {
  @Field(() => Int) year: number;
  @Field(() => Int) month: number;
  @Field(() => Int) open: number;
  @Field(() => Int) filled: number;
  @Field(() => Int) skipped: number;
}

@ObjectType({ description: "A rubric's slots per month of a year." })
export class RubricYear {
  @Field(() => Rubric) rubric: Rubric;
  @Field(() => [RubricMonth]) months: RubricMonth[];
}
