import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@planbord/api-core';

/** The organisation's planning rules; one row. */
@ObjectType()
@Entity({ name: 'planning_settings' })
export class PlanningSettings extends VersionedEntity {
  @Field({ description: 'NL or BE: whose public holidays are not working days' })
  @Column({ type: 'varchar', length: 2, default: 'NL' })
  country: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 3 })
  responseWorkingDays: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 10 })
  minimumLeadDays: number;

  @Field(() => Float, { description: 'Share of a week to keep free for ad-hoc items, 0 to 1' })
  @Column({ type: 'double precision', default: 0.2 })
  freeRoomTargetShare: number;
}
