import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { SLA_STATES } from '@planbord/domain';
import { graphqlEnum, VersionedEntity } from '@planbord/api-core';
import { Topic } from './topic.entity';

export const SlaStateEnum = graphqlEnum(
  'SlaState',
  SLA_STATES,
  'The first-reply clock: green, orange in the last 20 % of the norm, red when overdue.',
);

/** The settings of webcare that are not per source: one row. */
@ObjectType()
@Entity('webcare_settings')
export class WebcareSettings extends VersionedEntity {
  @Field(() => Int, {
    description: 'The first-reply norm of signals received while crisis mode is on, in calendar minutes',
  })
  @Column({ type: 'int', default: 30 })
  crisisMinutes: number;
}

/** How many crisis signals came in during one hour (local hours of the organisation). */
@ObjectType()
export class HourCount {
  @Field(() => Date, { description: 'The start of the hour' }) hour: Date;
  @Field(() => Int) count: number;
}

@ObjectType()
export class TopicCount {
  @Field(() => Topic) topic: Topic;
  @Field(() => Int, { description: 'Crisis signals of the period in this topic' }) count: number;
}

/** The crisis view: what came in while crisis mode was on, hour by hour, and about what. */
@ObjectType()
export class CrisisOverview {
  @Field(() => Date) from: Date;
  @Field(() => Date) to: Date;
  @Field(() => Int, { description: 'Signals received during crisis mode in the period' }) signals: number;
  @Field(() => Int, { description: 'Of those, how many still wait for a first reply' }) waiting: number;
  @Field(() => [HourCount], { description: 'Every hour of the period, empty ones too' }) perHour: HourCount[];
  @Field(() => [TopicCount], { description: 'The five topics with the most crisis signals' }) topTopics: TopicCount[];
}
