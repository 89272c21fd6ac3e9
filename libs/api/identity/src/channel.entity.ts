import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import type { ChannelKind } from '@planbord/domain';
import { VersionedEntity } from '@planbord/api-core';
import { Audience } from './audience.entity';
import { Department } from './department.entity';
import { ChannelKindEnum } from './enums';

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

  @Field(() => String, { nullable: true, description: 'Account name or address, such as @gemeente or https://www.gemeente.nl' })
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
}
