import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import type { Locale, Role } from '@planbord/domain';
import { VersionedEntity } from '@planbord/api-core';
import { Department } from './department.entity';
import { RoleEnum } from './enums';

@ObjectType()
@Entity()
export class User extends VersionedEntity {
  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** Stored in lower case; unique regardless of case. */
  @Field()
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Field(() => RoleEnum)
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @Field(() => Department, { nullable: true })
  @ManyToOne(() => Department, { eager: true, nullable: true })
  @JoinColumn()
  department: Department | null;

  @Field(() => Float, { nullable: true, description: 'Hours a week available for the media team (capacity).' })
  @Column({ type: 'double precision', nullable: true })
  weeklyHours: number | null;

  @Field(() => String, { description: 'nl or en' })
  @Column({ type: 'varchar', length: 2, default: 'nl' })
  locale: Locale;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
