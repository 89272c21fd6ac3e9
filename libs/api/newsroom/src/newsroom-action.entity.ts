import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import type { ActionKind, ActionStatus } from '@planbord/domain';
import { VersionedEntity } from '@planbord/api-core';
import { Department, User } from '@planbord/api-identity';
import { Post } from '@planbord/api-publishing';
import { ActionSubject } from './actions.types';
import { ActionKindEnum, ActionStatusEnum } from './enums';
import { Signal } from './signal.entity';
import { Topic } from './topic.entity';

/** A decision on a signal or a topic: inform a colleague, request data, analyse, post, update the website, monitor. */
@ObjectType()
@Entity()
export class NewsroomAction extends VersionedEntity {
  @Field(() => ActionKindEnum)
  @Column({ type: 'varchar', length: 24 })
  kind: ActionKind;

  @Field(() => ActionStatusEnum)
  @Column({ type: 'varchar', length: 10, default: 'OPEN' })
  status: ActionStatus;

  @Column({ type: 'uuid', nullable: true })
  signalId: string | null;

  @Column({ type: 'uuid', nullable: true })
  topicId: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  /** The department asked (INFORM_COLLEAGUE). */
  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  /** When a MONITOR decision comes back. */
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  reviewAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  result: string | null;

  /** The draft post a SOCIAL_POST decision made. */
  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  /** The department's answer to an INFORM_COLLEAGUE question. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ type: 'uuid', nullable: true })
  answeredById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'uuid' })
  createdById: string;

  /** When a MONITOR decision came back to its owner (once). */
  @Column({ type: 'timestamptz', nullable: true })
  reviewNotifiedAt: Date | null;

  @Field(() => Date)
  override createdAt: Date;

  // Relations, resolved per request in newsroom.fields.ts. A signal lists its actions and an action names its signal:
  // the property is typed `object` so that its decorator metadata does not need the Signal class while it loads.
  @Field(() => Signal, { nullable: true }) signal?: object | null;
  @Field(() => Topic, { nullable: true }) topic?: Topic | null;
  @Field(() => User, { nullable: true }) owner?: User | null;
  @Field(() => Department, { nullable: true }) department?: Department | null;
  @Field(() => Post, { nullable: true }) post?: Post | null;
  @Field(() => User, { nullable: true }) answeredBy?: User | null;
  @Field(() => User) createdBy?: User;
  @Field(() => ActionSubject, { nullable: true, description: 'What it is about, without who said it' })
  about?: ActionSubject | null;
}
