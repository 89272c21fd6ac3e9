import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GraphQLDate } from '@planbord/api-core';

@InputType({ description: 'A paid campaign; amounts in euro cents' })
export class CampaignInput {
  @Field() name: string;
  @Field(() => ID) channelId: string;
  @Field(() => GraphQLDate) startsOn: string;
  @Field(() => GraphQLDate) endsOn: string;
  @Field(() => Int) budgetCents: number;
  @Field(() => Int, { nullable: true, description: 'What it spent so far; 0 when left out' })
  spentCents?: number | null;
  @Field(() => String, { nullable: true }) results?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Posts on the campaign’s channel, not cancelled' })
  postIds?: string[] | null;
}

@InputType({ description: 'What changes in a campaign; fields left out stay as they are' })
export class CampaignPatch {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true }) channelId?: string | null;
  @Field(() => GraphQLDate, { nullable: true }) startsOn?: string | null;
  @Field(() => GraphQLDate, { nullable: true }) endsOn?: string | null;
  @Field(() => Int, { nullable: true }) budgetCents?: number | null;
  @Field(() => Int, { nullable: true }) spentCents?: number | null;
  @Field(() => String, { nullable: true }) results?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces the campaign’s posts' }) postIds?: string[] | null;
}

@InputType({ description: 'An evaluation: on a published post or on a rubric (exactly one), one text at least' })
export class EvaluationInput {
  @Field(() => ID, { nullable: true }) postId?: string | null;
  @Field(() => ID, { nullable: true }) rubricId?: string | null;
  @Field(() => String, { nullable: true, description: 'What worked' }) worked?: string | null;
  @Field(() => String, { nullable: true, description: 'What we would do differently' }) different?: string | null;
}
