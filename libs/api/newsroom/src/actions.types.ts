import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { SignalSource } from '@planbord/domain';
import { SignalSourceEnum } from './enums';

/**
 * What a decision is about, as a department may see it: what was said, where and when, never by whom (the resident's
 * name and handle are taken out of the text too).
 */
@ObjectType()
export class ActionSubject {
  @Field(() => String, { nullable: true, description: "The topic's title, for a decision on a topic" })
  title: string | null;
  @Field({ description: 'What was said (of a topic: its first signal), without the name or handle of who said it' })
  body: string;
  @Field(() => SignalSourceEnum, { nullable: true }) source: SignalSource | null;
  @Field(() => Date, { nullable: true }) receivedAt: Date | null;
  @Field(() => String, { nullable: true }) neighbourhood: string | null;
  @Field(() => Int, { description: 'How many signals the decision is on' }) signalCount: number;
}
