import { Field, ID, InputType } from '@nestjs/graphql';
import type { ActionKind } from '@planbord/domain';
import { ActionKindEnum } from '../enums';

/** A decision on a signal or a topic; which fields it needs depends on its kind (see `checkDecision`). */
@InputType()
export class DecisionInput {
  @Field(() => ID, { nullable: true }) signalId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A decision on a topic holds for all its signals' }) topicId?:
    string | null;
  @Field(() => ActionKindEnum) kind: ActionKind;
  @Field(() => ID, { nullable: true, description: 'Who does it (tasks)' }) ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The department asked (INFORM_COLLEAGUE)' }) departmentId?:
    string | null;
  @Field(() => Date, { nullable: true }) dueAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When to look again (MONITOR)' }) reviewAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'The question to the department, or what to do' }) note?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'The channel of the post (SOCIAL_POST)' }) channelId?: string | null;
  @Field(() => Date, { nullable: true, description: 'When the post goes out (SOCIAL_POST)' }) plannedAt?: Date | null;
  @Field(() => ID, {
    nullable: true,
    description: 'An ad-hoc slot to put the post in (SOCIAL_POST); without one, a new one is made at plannedAt',
  })
  slotId?: string | null;
}
