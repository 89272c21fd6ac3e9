import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { SignalSource } from '@planbord/domain';
import { graphqlEnum } from '@planbord/api-core';
import { Audience, Channel, Department, Theme } from '@planbord/api-identity';
import { SignalSourceEnum } from '@planbord/api-newsroom';
import { Rubric } from '@planbord/api-planning';
import { Campaign } from './insights.entities';

export const GROWTH_PHASES = ['DISCOVERS', 'EXPERIMENTS', 'CONVERSES', 'NETWORKS'] as const;
export type GrowthPhase = (typeof GROWTH_PHASES)[number];
export const GrowthPhaseEnum = graphqlEnum(
  'GrowthPhase',
  GROWTH_PHASES,
  'The phases of the growth model of online communication: discovers, experiments, converses, networks.',
);

export const ENGAGEMENT_GROUPS = ['CHANNEL', 'THEME', 'RUBRIC', 'AUDIENCE', 'WEEKDAY_HOUR'] as const;
export type EngagementGroup = (typeof ENGAGEMENT_GROUPS)[number];
export const EngagementGroupEnum = graphqlEnum('EngagementGroup', ENGAGEMENT_GROUPS, 'How engagement is grouped.');

export const ADS_WARNINGS = ['NONE', 'NEAR_LIMIT', 'OVER_LIMIT'] as const;
export type AdsWarning = (typeof ADS_WARNINGS)[number];
export const AdsWarningEnum = graphqlEnum(
  'AdsWarning',
  ADS_WARNINGS,
  'How close the year’s ads are to its budget: NEAR_LIMIT from 80 %, OVER_LIMIT from 100 %.',
);

@ObjectType({ description: 'Do we talk about what residents talk about? One theme; shares are 0–1' })
export class ThemeBalanceRow {
  @Field(() => Theme) theme: Theme;
  @Field(() => Int, { description: 'Signals received in the period with this theme' }) signals: number;
  @Field(() => Float, { description: 'Of all theme labels on the period’s signals' }) signalShare: number;
  @Field(() => Int, { description: 'Posts published in the period with this theme' }) posts: number;
  @Field(() => Float, { description: 'Of all theme labels on the period’s published posts' }) postShare: number;
  @Field(() => Float, { description: 'signalShare − postShare: above 0, residents talk about it more than we do' })
  gap: number;
}

@ObjectType()
export class ReplyBucket {
  @Field({ description: '"0-1h" "1-4h" "4-8h" "8-24h" "24h+"' }) label: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Webcare of one source over the signals received in the period' })
export class WebcareRow {
  @Field(() => SignalSourceEnum) source: SignalSource;
  @Field(() => Int) signals: number;
  @Field(() => Int, { description: 'Signals that have a first reply' }) answered: number;
  @Field(() => Int, { description: 'Needing a reply and first answered at or before it was due' }) withinNorm: number;
  @Field(() => Float, { nullable: true, description: 'withinNorm of the signals that needed a reply, 0–1' })
  withinNormShare: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Median first-reply time in calendar minutes (percentile_cont: interpolated between the two middle values)',
  })
  medianMinutes: number | null;
  @Field(() => Float, { nullable: true, description: 'Median first-reply time in office minutes' })
  medianOfficeMinutes: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '90th percentile of the first-reply time, calendar minutes (percentile_cont, interpolated)',
  })
  p90Minutes: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of the signals received outside office hours, 0–1' })
  outOfHoursShare: number | null;
  @Field(() => [ReplyBucket], {
    description:
      'First replies by calendar minutes; a bucket holds its lower bound, not its upper (60 minutes is "1-4h")',
  })
  buckets: ReplyBucket[];
}

@ObjectType()
export class DepartmentRequests {
  @Field(() => Department) department: Department;
  @Field(() => Int, { description: 'Event requests of the department in the period' }) requests: number;
  @Field(() => Int, { description: 'Of those, submitted with less than the minimum lead time' }) late: number;
}

@ObjectType({ description: 'How the period was planned: coverage, rubric slots, free room and requests' })
export class PlanningReport {
  @Field(() => Int, { description: 'Events that start in the period and are planned (PLANNED or DONE)' })
  eventsPlanned: number;
  @Field(() => Int, {
    description: 'Of those, covered: someone to cover and someone to publish, none declined, or coverage not needed',
  })
  eventsCovered: number;
  @Field(() => Float, { nullable: true, description: 'eventsCovered of eventsPlanned, 0–1; none without events' })
  coveredShare: number | null;
  @Field(() => Int, { description: 'Rubric slots that start in the period, skipped ones included' })
  rubricSlots: number;
  @Field(() => Int, { description: 'Of those, filled: a post, or someone writing or publishing for it' })
  slotsFilled: number;
  @Field(() => Int, { description: 'Of those, skipped on purpose' }) slotsSkipped: number;
  @Field(() => Float, { nullable: true, description: 'slotsFilled of the slots not skipped, 0–1' })
  filledShare: number | null;
  @Field(() => Int, {
    description:
      'Publications of the period as the planning balance counts them: rubric slots, events with someone to publish, ad-hoc slots filled and free',
  })
  publications: number;
  @Field(() => Int, { description: 'Ad-hoc slots still free' }) freeRoomSlots: number;
  @Field(() => Float, {
    nullable: true,
    description: 'freeRoomSlots of publications, 0–1, as the weekly planning balance counts it; none without any',
  })
  freeRoomShare: number | null;
  @Field(() => Float, { description: 'The free room the organisation aims for, 0–1' }) freeRoomTargetShare: number;
  @Field(() => Int, { description: 'Event requests submitted in the period' }) requests: number;
  @Field(() => Int, { description: 'Of those, decided at or before their response was due' })
  requestsAnsweredInTime: number;
  @Field(() => Int, { description: 'Of those, still undecided and not yet due' }) requestsPending: number;
  @Field(() => Float, {
    nullable: true,
    description: 'requestsAnsweredInTime of the requests decided or due (not the pending ones), 0–1',
  })
  answeredInTimeShare: number | null;
  @Field(() => [DepartmentRequests], { description: 'Departments with requests, most late first' })
  departments: DepartmentRequests[];
}

@ObjectType({ description: 'Engagement of one group of the period’s published posts' })
export class EngagementRow {
  @Field({
    description:
      'The group: the id of its channel, theme, rubric or audience ("none": posts without one), or "weekday-hour" (1 = Monday, the organisation’s hours)',
  })
  key: string;
  @Field(() => Channel, { nullable: true }) channel: Channel | null;
  @Field(() => Theme, { nullable: true }) theme: Theme | null;
  @Field(() => Rubric, { nullable: true }) rubric: Rubric | null;
  @Field(() => Audience, { nullable: true }) audience: Audience | null;
  @Field(() => Int, { nullable: true, description: '1 = Monday … 7 = Sunday' }) weekday: number | null;
  @Field(() => Int, { nullable: true, description: '0–23, in the organisation’s time zone' }) hour: number | null;
  @Field(() => Int) posts: number;
  @Field(() => Int, { description: 'Posts with figures' }) postsWithMetrics: number;
  @Field(() => Float, { description: 'Sum of the posts’ reach (a whole number; a year’s sum may pass 2³¹)' })
  reach: number;
  @Field(() => Float, { description: 'Reactions, comments, shares, clicks and saves (a whole number, as reach)' })
  interactions: number;
  @Field(() => Float, { nullable: true, description: 'Interactions per post with figures' })
  interactionsPerPost: number | null;
}

@ObjectType()
export class AdsChannelRow {
  @Field(() => Channel) channel: Channel;
  @Field(() => Int) campaigns: number;
  @Field(() => Int) budgetCents: number;
  @Field(() => Int) spentCents: number;
}

@ObjectType({ description: 'Paid reach of one year against its budget (euro cents)' })
export class AdsReport {
  @Field(() => Int) year: number;
  @Field(() => Int, { nullable: true, description: 'The year’s ads budget, when set' }) budgetCents: number | null;
  @Field(() => Int, { description: 'Budgets of the campaigns starting in the year that have not started yet' })
  plannedCents: number;
  @Field(() => Int, { description: 'Budgets of the campaigns starting in the year that have started' })
  committedCents: number;
  @Field(() => Int, { description: 'What the campaigns starting in the year spent' }) spentCents: number;
  @Field(() => AdsWarningEnum, {
    description:
      'The larger of planned + committed and spent, against the budget: from 80 % NEAR_LIMIT, from 100 % OVER_LIMIT',
  })
  warning: AdsWarning;
  @Field(() => [AdsChannelRow]) channels: AdsChannelRow[];
  @Field(() => [Campaign], { description: 'The campaigns starting in the year, by start' }) campaigns: Campaign[];
}

@ObjectType({ description: 'Return on Participation instead of return on investment' })
export class ParticipationReport {
  @Field(() => Int, {
    description:
      'Distinct authors (source and handle, else name) of the signals received; a signal without author data counts as one',
  })
  residentsHeard: number;
  @Field(() => Int) signalsAnswered: number;
  @Field(() => Int) answeredWithinNorm: number;
  @Field(() => Int, { description: 'Comments and shares on our posts published in the period' }) conversations: number;
  @Field(() => Int, { description: 'Signals received with a decision other than MONITOR, not cancelled' })
  signalsActedOn: number;
  @Field(() => Float, {
    description: 'The team hours of the months the period touches, each prorated by the part of the month it covers',
  })
  teamHours: number;
  @Field(() => Float, { nullable: true, description: 'Per team hour; none without hours' })
  returnOnParticipation: number | null;
  @Field({ description: 'How returnOnParticipation is computed, in the reader’s language' }) formula: string;
}

@ObjectType()
export class GrowthIndicator {
  @Field() key: string;
  @Field({ description: 'What it measures, in the reader’s language' }) label: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float, { nullable: true }) threshold: number | null;
  @Field() met: boolean;
  @Field(() => GrowthPhaseEnum) phase: GrowthPhase;
}

@ObjectType({ description: 'Where the team stands in the growth model, from its own data of the last 90 days' })
export class GrowthModel {
  @Field(() => GrowthPhaseEnum) phase: GrowthPhase;
  @Field(() => [GrowthIndicator]) indicators: GrowthIndicator[];
}
