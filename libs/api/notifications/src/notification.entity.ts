import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NotificationOutcome } from '@planbord/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Something a person should know: you were assigned, a post waits for your review, you were mentioned, ... */
@ObjectType()
@Entity()
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Field({
    description:
      'ASSIGNED, REVIEW_REQUESTED, CHANGES_REQUESTED, POST_APPROVED, REQUEST_DECIDED, MENTIONED, CRISIS_SWITCHED, CHANNEL_APPROVED, CHANNEL_DECLINED, WEBCARE_ON_CALL',
  })
  @Column({ type: 'varchar', length: 30 })
  kind: string;

  @Field({ description: 'What it is about: Event, Slot, Post, Assignment, Channel, Crisis or Signal' })
  @Column({ type: 'varchar', length: 30 })
  entityType: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  entityId: string | null;

  @Field({ description: 'The title of what it is about, or the reason of a crisis switch' })
  @Column({ type: 'varchar', length: 500 })
  subject: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Which way it went: ACCEPTED or DECLINED (REQUEST_DECIDED), ON or OFF (CRISIS_SWITCHED), URGENT or OVERDUE (WEBCARE_ON_CALL)',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: NotificationOutcome | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  actorName: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
