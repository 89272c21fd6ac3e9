import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { SLA_STATES } from '@planbord/domain';
import { graphqlEnum, VersionedEntity } from '@planbord/api-core';

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
