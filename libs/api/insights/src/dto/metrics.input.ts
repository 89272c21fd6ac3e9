import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'The lifetime totals of a published post; a figure left out is not known (absent)' })
export class PostMetricsInput {
  @Field(() => Int, { nullable: true }) reach?: number | null;
  @Field(() => Int, { nullable: true }) impressions?: number | null;
  @Field(() => Int, { nullable: true }) reactions?: number | null;
  @Field(() => Int, { nullable: true }) comments?: number | null;
  @Field(() => Int, { nullable: true }) shares?: number | null;
  @Field(() => Int, { nullable: true }) clicks?: number | null;
  @Field(() => Int, { nullable: true }) saves?: number | null;
  @Field(() => Int, { nullable: true }) videoViews?: number | null;
  @Field(() => Date, { nullable: true, description: 'When the platform counted them; now when left out' })
  capturedAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'The version of the figures read; none for a post without' })
  expectedVersion?: number | null;
}
