import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import type { ChannelKind, ChannelStatus } from '@planbord/domain';
import { VersionedEntity } from '@planbord/api-core';
import { Audience } from './audience.entity';
import { Department } from './department.entity';
import { ChannelKindEnum, ChannelStatusEnum } from './enums';
import { User } from './user.entity';

/** A publication channel the municipality runs. */
@ObjectType()
@Entity()
export class Channel extends VersionedEntity {
  @Field()
  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Field(() => ChannelKindEnum)
  @Column({ type: 'varchar', length: 20 })
  kind: ChannelKind;

  @Field(() => String, {
    nullable: true,
    description: 'Account name or address, such as @gemeente or https://www.gemeente.nl',
  })
  @Column({ type: 'varchar', length: 200, nullable: true })
  handle: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerDepartmentId: string | null;

  @Field(() => Department, { nullable: true })
  @ManyToOne(() => Department, { eager: true, nullable: true })
  @JoinColumn()
  ownerDepartment: Department | null;

  @Field(() => [Audience])
  @ManyToMany(() => Audience, { eager: true })
  @JoinTable({ name: 'channel_audiences' })
  audiences: Audience[];

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => ChannelStatusEnum, { description: 'Only an approved channel can be planned on.' })
  @Column({ type: 'varchar', length: 10, default: 'APPROVED' })
  status: ChannelStatus;

  @Field(() => String, { nullable: true, description: 'Why the proposer wants the channel' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  proposedById: string | null;

  @Field(() => String, { nullable: true, description: "The editor's note with the decision on the proposal" })
  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  // Resolved per request in identity.fields.ts.
  @Field(() => User, { nullable: true }) proposedBy?: User | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When the channel was proposed (none for a channel an administrator made)',
  })
  proposedAt?: Date | null;
  @Field(() => User, { nullable: true }) decidedBy?: User | null;
}
