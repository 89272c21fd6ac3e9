import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import type { TopicStatus } from '@planbord/domain';
import { VersionedEntity } from '@planbord/api-core';
import { Theme } from '@planbord/api-identity';
import { TopicStatusEnum } from './enums';
import { Signal } from './signal.entity';

/** A cluster of signals about one matter ("40 messages about the Molenweg diversion"), decided on once. */
@ObjectType()
@Entity()
export class Topic extends VersionedEntity {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => TopicStatusEnum)
  @Column({ type: 'varchar', length: 10, default: 'OPEN' })
  status: TopicStatus;

  /** Kept with its signals (counted again whenever signals join or leave). */
  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  signalCount: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  firstSeenAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  // Resolved per request in newsroom.fields.ts.
  @Field(() => [Theme], { description: 'The themes of its signals' }) themes?: Theme[];
  @Field(() => [Signal], { description: 'Its signals, newest first (at most 200)' }) signals?: Signal[];
  @Field({ description: 'The last 24 hours brought clearly more signals than the 24 hours before' }) rising?: boolean;
  @Field(() => [Signal], { description: 'Signals outside the topic that are like its newest ones: candidates to add' })
  suggestedSignals?: Signal[];
}
