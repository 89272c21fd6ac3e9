import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import type { SignalSource } from '@planbord/domain';
import { VersionedEntity } from '@planbord/api-core';
import { SignalSourceEnum } from './enums';

/** The first-reply target for one source: "social media: within 240 office minutes". */
@ObjectType()
@Entity()
export class ResponseNorm extends VersionedEntity {
  @Field(() => SignalSourceEnum)
  @Column({ type: 'varchar', length: 20 })
  source: SignalSource;

  @Field(() => Int)
  @Column({ type: 'int' })
  minutes: number;

  @Field()
  @Column({ type: 'boolean' })
  businessHoursOnly: boolean;
}
