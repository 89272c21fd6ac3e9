import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Post } from '@planbord/api-publishing';
import { Evaluation } from './evaluation.entity';

@ObjectType({ description: 'How one published post did, with what the team learned from it' })
export class PostPerformance {
  postId: string;
  @Field(() => Date) publishedAt: Date;
  @Field(() => Int, { nullable: true }) reach: number | null;
  @Field(() => Int, { description: 'Reactions, comments, shares, clicks and saves' }) interactions: number;

  // Resolved per request in evaluations.fields.ts.
  @Field(() => Post) post?: Post;
  @Field(() => [Evaluation], { description: 'Its evaluations, oldest first' }) evaluations?: Evaluation[];
}

@ObjectType({ description: 'The best and the worst posts of a period by interactions; no post is in both' })
export class PostPerformanceList {
  @Field(() => [PostPerformance], { description: 'Most interactions first; ties: more reach, then published first' })
  best: PostPerformance[];
  @Field(() => [PostPerformance], { description: 'Fewest interactions first; ties: less reach, then published first' })
  worst: PostPerformance[];
}
