import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import type { SlotKind, SlotStatus } from '@planbord/domain';
import { VersionedEntity } from '@planbord/api-core';
import { Channel } from '@planbord/api-identity';
import { Assignment } from './assignment.entity';
import { Rubric } from './rubric.entity';
import { SlotKindEnum, SlotStatusEnum } from './enums';

/** A place in the calendar for content: a rubric occurrence, or ad-hoc room kept free. */
@ObjectType()
@Entity()
export class Slot extends VersionedEntity {
  @Field(() => SlotKindEnum)
  @Column({ type: 'varchar', length: 10 })
  kind: SlotKind;

  @Field(() => SlotStatusEnum)
  @Column({ type: 'varchar', length: 10, default: 'OPEN' })
  status: SlotStatus;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  skipReason: string | null;

  @Field({ description: 'A rubric slot with work attached that no longer matches the rubric rule' })
  @Column({ type: 'boolean', default: false })
  offPattern: boolean;

  @Column({ type: 'uuid', nullable: true })
  rubricId: string | null;

  @Column({ type: 'uuid', nullable: true })
  channelId: string | null;

  // Relations, resolved per request in planning.fields.ts.
  @Field(() => Rubric, { nullable: true }) rubric?: Rubric | null;
  @Field(() => Channel, { nullable: true }) channel?: Channel | null;
  @Field(() => [Assignment]) assignments?: Assignment[];
}
