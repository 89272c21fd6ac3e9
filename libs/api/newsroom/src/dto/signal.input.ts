import { Field, ID, InputType } from '@nestjs/graphql';
import type { Priority, Sentiment, SignalSource, SignalStatus } from '@planbord/domain';
import { PriorityEnum, SentimentEnum, SignalSourceEnum, SignalStatusEnum } from '../enums';

/** A signal entered by hand (phone, counter and e-mail notes) or passed in by an ingest path. */
@InputType()
export class SignalInput {
  @Field(() => SignalSourceEnum) source: SignalSource;
  @Field(() => ID, { nullable: true }) channelId?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { nullable: true }) authorName?: string | null;
  @Field(() => String, { nullable: true }) authorHandle?: string | null;
  @Field() body: string;
  @Field(() => Date, { nullable: true, description: 'Default now; not in the future' }) receivedAt?: Date | null;
  @Field(() => [ID], { nullable: true }) themeIds?: string[] | null;
  @Field(() => String, { nullable: true }) neighbourhood?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Default true' }) needsReply?: boolean | null;
  @Field(() => PriorityEnum, { nullable: true }) priority?: Priority | null;
}

@InputType()
export class SignalFilter {
  @Field(() => [SignalStatusEnum], { nullable: true }) status?: SignalStatus[] | null;
  @Field(() => [SignalSourceEnum], { nullable: true }) sources?: SignalSource[] | null;
  @Field(() => [ID], { nullable: true }) themeIds?: string[] | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true }) needsReply?: boolean | null;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Dutch full text over body, author and url' }) search?:
    string | null;
  @Field(() => Date, { nullable: true, description: 'Received at or after' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Received before' }) to?: Date | null;
  @Field(() => ID, { nullable: true }) topicId?: string | null;
  @Field(() => String, { nullable: true }) neighbourhood?: string | null;
  @Field(() => [SentimentEnum], { nullable: true }) sentiment?: Sentiment[] | null;
  @Field(() => Boolean, { nullable: true }) crisis?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only signals a MONITOR decision brings back now, on themselves or on their topic',
  })
  toReview?: boolean | null;
}

/** What a person makes of a signal; fields left out stay as they are (null clears the optional ones). */
@InputType()
export class SignalTriageInput {
  @Field(() => [ID], { nullable: true, description: 'The confirmed themes (replaces them)' }) themeIds?:
    string[] | null;
  @Field(() => SentimentEnum, { nullable: true }) sentiment?: Sentiment | null;
  @Field(() => PriorityEnum, { nullable: true }) priority?: Priority | null;
  @Field(() => Boolean, { nullable: true, description: 'false: needs no reply (leaves the webcare queue)' })
  needsReply?: boolean | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => String, { nullable: true }) neighbourhood?: string | null;
  @Field(() => ID, { nullable: true }) topicId?: string | null;
}
