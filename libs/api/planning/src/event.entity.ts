import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import type { Coverage, EventStatus } from '@planbord/domain';
import { Audience, Channel, Department, Theme, User } from '@planbord/api-identity';
import { Assignment } from './assignment.entity';
import { GraphQLDate, VersionedEntity } from '@planbord/api-core';
import { CoverageEnum, EventStatusEnum } from './enums';

/** An activity in the municipality that may need coverage; a liaison's request is an Event in REQUESTED. */
@ObjectType()
@Entity()
export class Event extends VersionedEntity {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  location: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  /** Exclusive. For an all-day event: midnight after the last day. */
  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field()
  @Column({ type: 'boolean', default: false })
  allDay: boolean;

  @Field(() => GraphQLDate, { nullable: true, description: 'First day of an all-day event' })
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Day after the last day of an all-day event (exclusive)' })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Field(() => EventStatusEnum)
  @Column({ type: 'varchar', length: 16 })
  status: EventStatus;

  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @Field({ description: 'The team decided this event needs no coverage.' })
  @Column({ type: 'boolean', default: false })
  coverageNotNeeded: boolean;

  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  requestedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  responseDueAt: Date | null;

  @Field(() => String, { nullable: true, description: "The liaison's note with the request" })
  @Column({ type: 'text', nullable: true })
  requestNote: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field({ description: 'Requested with less than the minimum lead time' })
  @Column({ type: 'boolean', default: false })
  late: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  // Relations, resolved per request in planning.fields.ts.
  @Field(() => CoverageEnum) coverage?: Coverage;
  @Field(() => Department, { nullable: true }) department?: Department | null;
  @Field(() => [Theme]) themes?: Theme[];
  @Field(() => [Audience]) audiences?: Audience[];
  @Field(() => [Channel]) wishedChannels?: Channel[];
  @Field(() => User, { nullable: true }) requestedBy?: User | null;
  @Field(() => User, { nullable: true }) decidedBy?: User | null;
  @Field(() => [Assignment]) assignments?: Assignment[];
}
