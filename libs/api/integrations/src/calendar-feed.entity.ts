import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { graphqlEnum } from '@planbord/api-core';

export const CALENDAR_FEED_SCOPES = ['PERSON', 'DEPARTMENT', 'CHANNEL', 'ALL'] as const;
export type CalendarFeedScope = (typeof CALENDAR_FEED_SCOPES)[number];
export const CalendarFeedScopeEnum = graphqlEnum(
  'CalendarFeedScope',
  CALENDAR_FEED_SCOPES,
  "What a calendar feed holds: a person's jobs, a department's events, a channel's posts and slots, or everything.",
);

/**
 * A secret calendar address (`/ical/<token>.ics`) a person subscribes to from Outlook or Google Calendar. Only the
 * SHA-256 of the token is kept: the address is shown once, when the feed is made, like a password.
 */
@ObjectType()
@Entity()
export class CalendarFeed {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => CalendarFeedScopeEnum)
  @Column({ type: 'varchar', length: 12 })
  scope: CalendarFeedScope;

  /** The person, department or channel the feed follows; null for ALL. */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  targetId: string | null;

  /** The owner: the feed never shows more than they may see. */
  @Column({ type: 'uuid' })
  ownerId: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When a calendar program last fetched it, to the minute. */
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastFetchedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** The name of the person, department or channel (null for ALL). */
  @Field(() => String, { nullable: true })
  targetName?: string | null;

  /** The secret address, answered only by createCalendarFeed. */
  @Field(() => String, {
    nullable: true,
    description: 'The secret feed address; only in the answer of createCalendarFeed.',
  })
  url?: string | null;
}
