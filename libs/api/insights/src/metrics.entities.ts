import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { VersionedEntity, type ColumnMapping } from '@planbord/api-core';
import { Channel } from '@planbord/api-identity';
import type { MetricsFormat } from './metrics-import';

/** A channel's followers in one month, entered by hand or read from a platform's export. */
@ObjectType({ description: 'The followers of a channel in one month' })
@Entity('channel_followers')
export class ChannelFollowers extends VersionedEntity {
  @Field(() => ID) @Column({ type: 'uuid' }) channelId: string;
  @Field(() => Channel) channel?: Channel;
  @Field({ description: 'The first day of the month (YYYY-MM-DD)' }) @Column({ type: 'date' }) month: string;
  @Field(() => Int) @Column({ type: 'int' }) followers: number;
  @Field({ description: 'MANUAL or IMPORT' }) @Column({ type: 'varchar', length: 6 }) source: 'MANUAL' | 'IMPORT';
  @Column({ type: 'uuid', nullable: true }) recordedById: string | null;
}

/** The column mapping last chosen for an export format: later files with those headers use it. */
@Entity('metrics_import_mappings')
export class MetricsImportMapping {
  @PrimaryColumn({ type: 'varchar', length: 20 }) format: MetricsFormat;
  @Column({ type: 'jsonb' }) mapping: ColumnMapping;
  @Column({ type: 'uuid', nullable: true }) updatedById: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
