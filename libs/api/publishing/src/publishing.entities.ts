import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { POST_STATUSES, REVIEW_DECISIONS, type PostStatus, type ReviewDecision } from '@planbord/domain';
import { graphqlEnum, VersionedEntity } from '@planbord/api-core';
import { Channel, Theme, User } from '@planbord/api-identity';
import { Assignment, Event, Slot } from '@planbord/api-planning';

export const PostStatusEnum = graphqlEnum('PostStatus', POST_STATUSES);
export const ReviewDecisionEnum = graphqlEnum('ReviewDecision', REVIEW_DECISIONS);

/** One piece of content for one channel. */
@ObjectType()
@Entity()
export class Post extends VersionedEntity {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid' })
  channelId: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  plannedAt: Date | null;

  @Field(() => PostStatusEnum)
  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status: PostStatus;

  @Column({ type: 'uuid' })
  authorId: string;

  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ type: 'uuid', nullable: true })
  slotId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The newsroom signal this post was decided on, when it came from one',
  })
  @Column({ type: 'uuid', nullable: true })
  signalId: string | null;

  @Field({ description: 'Held by crisis mode: not to be published until released' })
  @Column({ type: 'boolean', default: false })
  onHold: boolean;

  /** The crisis activation that held this post; lifting exactly that crisis releases it. */
  @Column({ type: 'uuid', nullable: true })
  heldByCrisisId: string | null;

  @Field(() => [String], { description: 'Addresses of the images or video that go with the post' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  mediaUrls: string[];

  @Field(() => ID, { description: 'Posts about the same thing on other channels share this id' })
  @Column({ type: 'uuid' })
  siblingGroupId: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  publishedUrl: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  // Relations, resolved per request in publishing.fields.ts.
  @Field(() => Channel) channel?: Channel;
  @Field(() => User) author?: User;
  @Field(() => Event, { nullable: true }) event?: Event | null;
  @Field(() => Slot, { nullable: true }) slot?: Slot | null;
  @Field(() => [Theme], { description: "The post's own themes; without them, its event's or its rubric's" })
  themes?: Theme[];
  @Field(() => [Review]) reviews?: Review[];
  @Field(() => [Comment]) comments?: Comment[];
  @Field(() => [Post], { description: 'The same post on other channels' }) siblings?: Post[];
  @Field(() => [Assignment]) assignments?: Assignment[];
  @Field(() => [String], { description: 'Channel limits and other things to check, in your language; never errors.' })
  warnings?: string[];
}

/** An editor's decision on a post; kept as history. */
@ObjectType()
@Entity()
export class Review {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  postId: string;

  @Column({ type: 'uuid' })
  reviewerId: string;

  @Field(() => ReviewDecisionEnum)
  @Column({ type: 'varchar', length: 20 })
  decision: ReviewDecision;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  // Resolved per request in publishing.fields.ts.
  @Field(() => User) reviewer?: User;
}

/** Discussion on an event, slot or post. */
@ObjectType()
@Entity()
export class Comment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ type: 'uuid', nullable: true })
  slotId: string | null;

  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentionIds: string[];

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  // Resolved per request in publishing.fields.ts.
  @Field(() => User) author?: User;
  @Field(() => [User]) mentions?: User[];
}

/** One period of crisis mode: who switched it on and off, why, and (through posts.held_by_crisis_id) what it held. */
@Entity()
export class CrisisActivation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'uuid' })
  startedById: string;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  endedById: string | null;

  @Column({ type: 'text', nullable: true })
  endReason: string | null;
}
