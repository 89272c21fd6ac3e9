import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { GraphQLDate, VersionedEntity } from '@planbord/api-core';
import { Channel, Theme, User } from '@planbord/api-identity';

/** A fixed recurring content item, such as "Werk in uitvoering" every Tuesday on Facebook. */
@ObjectType()
@Entity()
export class Rubric extends VersionedEntity {
  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'uuid', nullable: true })
  themeId: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Field({ description: 'RFC 5545 RRULE value, such as FREQ=MONTHLY;BYDAY=1FR' })
  @Column({ type: 'varchar', length: 500 })
  rrule: string;

  @Field(() => GraphQLDate)
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => GraphQLDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Field({ description: 'Local time HH:mm in the organisation time zone' })
  @Column({ type: 'varchar', length: 5 })
  time: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 30 })
  durationMinutes: number;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Slots exist up to and including this date. */
  @Column({ type: 'date', nullable: true })
  materializedUntil: string | null;

  // Relations, resolved per request in planning.fields.ts.
  @Field(() => [Channel]) channels?: Channel[];
  @Field(() => Theme, { nullable: true }) theme?: Theme | null;
  @Field(() => User, { nullable: true }) owner?: User | null;
}
