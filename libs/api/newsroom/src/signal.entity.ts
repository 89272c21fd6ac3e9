import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import type { Priority, Sentiment, SignalSource, SignalStatus } from '@planbord/domain';
import { VersionedEntity } from '@planbord/api-core';
import { Channel, Theme, User } from '@planbord/api-identity';
import { PriorityEnum, SentimentEnum, SignalSourceEnum, SignalStatusEnum } from './enums';
import { NewsroomAction } from './newsroom-action.entity';
import { Reply } from './reply.entity';
import { Topic } from './topic.entity';

/** A theme a rule suggests for a signal, with the word of the signal that matched the rule (stemmed Dutch). */
@ObjectType()
export class ThemeSuggestion {
  themeId: string;
  @Field({ description: 'The word in the signal that matched, as it was written ("containers")' })
  matched: string;
  @Field({ description: 'The rule keyword it matched ("container")' })
  keyword: string;
  // Resolved per request in newsroom.fields.ts.
  @Field(() => Theme) theme?: Theme;
}

/** What a suggestion is stored as on the signal: computed once, on arrival. */
export interface StoredSuggestion {
  themeId: string;
  matched: string;
  keyword: string;
}

/** Something a resident, the press or a colleague said: a comment, mention, message, e-mail, phone or counter note. */
@ObjectType()
@Entity()
export class Signal extends VersionedEntity {
  @Field(() => SignalSourceEnum)
  @Column({ type: 'varchar', length: 20 })
  source: SignalSource;

  /** Ours, when it came in on one of the municipality's channels. */
  @Column({ type: 'uuid', nullable: true })
  channelId: string | null;

  /** The automatic source it came from (webhook, feed); none for manual entry. */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  ingestSourceId: string | null;

  /** Unique per ingest source: delivering it again adds nothing. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  externalId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  url: string | null;

  /** Personal data: erased on request and after the retention period. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  authorName: string | null;

  /** Personal data: erased on request and after the retention period. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  authorHandle: string | null;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  suggestions: StoredSuggestion[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  neighbourhood: string | null;

  @Field(() => SentimentEnum, { nullable: true })
  @Column({ type: 'varchar', length: 10, nullable: true })
  sentiment: Sentiment | null;

  @Field(() => PriorityEnum)
  @Column({ type: 'varchar', length: 10, default: 'NORMAL' })
  priority: Priority;

  @Field()
  @Column({ type: 'boolean', default: true })
  needsReply: boolean;

  @Field(() => SignalStatusEnum)
  @Column({ type: 'varchar', length: 24, default: 'NEW' })
  status: SignalStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  dismissReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ type: 'uuid', nullable: true })
  topicId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  firstReplyAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  firstReplyDueAt: Date | null;

  @Field({ description: 'Received while crisis mode was on' })
  @Column({ type: 'boolean', default: false })
  crisis: boolean;

  /** Who entered it by hand (phone, counter, e-mail notes); none for automatic sources. */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  /** When the author data was erased (on request or by the retention job). */
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null;

  // Relations and derived values, resolved per request in newsroom.fields.ts.
  @Field(() => Channel, { nullable: true }) channel?: Channel | null;
  @Field(() => [Theme]) themes?: Theme[];
  @Field(() => [ThemeSuggestion]) suggestedThemes?: ThemeSuggestion[];
  @Field(() => User, { nullable: true }) assignee?: User | null;
  @Field(() => Topic, { nullable: true }) topic?: Topic | null;
  @Field({ description: 'Needs a reply, none given, and past its due time' }) overdue?: boolean;
  @Field(() => [Reply]) replies?: Reply[];
  @Field(() => [NewsroomAction]) actions?: NewsroomAction[];
  @Field(() => [Signal], {
    description:
      'Signals within 72 hours of this one that read alike and share a theme or the neighbourhood: candidates for one topic',
  })
  similarSignals?: Signal[];
}
