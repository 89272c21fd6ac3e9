import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import type { AssignmentRole, AssignmentStatus } from '@planbord/domain';
import { VersionedEntity } from '@planbord/api-core';
import { User } from '@planbord/api-identity';
import { Event } from './event.entity';
import { Slot } from './slot.entity';
import { AssignmentRoleEnum, AssignmentStatusEnum } from './enums';

/** A person given a job: cover an event, write, or publish. */
@ObjectType()
@Entity()
export class Assignment extends VersionedEntity {
  @Field(() => AssignmentRoleEnum)
  @Column({ type: 'varchar', length: 10 })
  role: AssignmentRole;

  @Field(() => AssignmentStatusEnum)
  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status: AssignmentStatus;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ type: 'uuid', nullable: true })
  slotId: string | null;

  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @Field(() => String, { nullable: true, description: 'From the planner to the assignee' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'From the assignee, with their answer' })
  @Column({ type: 'text', nullable: true })
  responseNote: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  estimatedMinutes: number;

  @Column({ type: 'uuid', nullable: true })
  assignedById: string | null;

  // Relations, resolved per request in planning.fields.ts.
  @Field(() => User) user?: User;
  @Field(() => Event, { nullable: true }) event?: Event | null;
  @Field(() => Slot, { nullable: true }) slot?: Slot | null;
}
