import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { AssignmentRole } from '@planbord/domain';
import { GraphQLDate } from '@planbord/api-core';
import { AssignmentRoleEnum } from '../enums';

@InputType()
export class EventInput {
  @Field() title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field(() => Boolean, { nullable: true }) allDay?: boolean | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => [ID], { nullable: true }) themeIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) audienceIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) wishedChannelIds?: string[] | null;
}

@InputType()
export class EventRequestInput extends EventInput {
  @Field(() => String, { nullable: true, description: 'A note for the media team' }) note?: string | null;
}

@InputType()
export class EventPatch {
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field(() => Date, { nullable: true }) startsAt?: Date;
  @Field(() => Date, { nullable: true }) endsAt?: Date;
  @Field(() => Boolean, { nullable: true }) allDay?: boolean;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => [ID], { nullable: true }) themeIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) audienceIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) wishedChannelIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) coverageNotNeeded?: boolean;
}

@InputType()
export class RubricInput {
  @Field() name: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID]) channelIds: string[];
  @Field(() => ID, { nullable: true }) themeId?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field() rrule: string;
  @Field(() => GraphQLDate) startsOn: string;
  @Field(() => GraphQLDate, { nullable: true }) endsOn?: string | null;
  @Field() time: string;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
}

@InputType()
export class RubricPatch {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID], { nullable: true }) channelIds?: string[];
  @Field(() => ID, { nullable: true }) themeId?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => String, { nullable: true }) rrule?: string;
  @Field(() => GraphQLDate, { nullable: true }) startsOn?: string;
  @Field(() => GraphQLDate, { nullable: true }) endsOn?: string | null;
  @Field(() => String, { nullable: true }) time?: string;
  @Field(() => Int, { nullable: true }) durationMinutes?: number;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@InputType()
export class AdHocSlotInput {
  @Field(() => Date) startsAt: Date;
  @Field(() => ID, { nullable: true }) channelId?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
}

@InputType()
export class AssignInput {
  @Field(() => ID, { nullable: true }) eventId?: string | null;
  @Field(() => ID, { nullable: true }) slotId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Posts arrive with the publishing workflow' }) postId?: string | null;
  @Field(() => ID) userId: string;
  @Field(() => AssignmentRoleEnum) role: AssignmentRole;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Int, { nullable: true }) estimatedMinutes?: number | null;
}

@InputType()
export class CalendarFilter {
  @Field(() => [ID], { nullable: true }) departmentIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) channelIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) themeIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) userIds?: string[] | null;
}

@InputType()
export class PlanningSettingsInput {
  @Field(() => String, { nullable: true }) country?: string;
  @Field(() => Int, { nullable: true }) responseWorkingDays?: number;
  @Field(() => Int, { nullable: true }) minimumLeadDays?: number;
  @Field(() => Float, { nullable: true }) freeRoomTargetShare?: number;
}
