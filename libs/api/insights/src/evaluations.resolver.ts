import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Idempotency, idempotencyKeyArg, type GraphQLContext, type SessionUser } from '@planbord/api-core';
import { Rubric } from '@planbord/api-planning';
import { Post } from '@planbord/api-publishing';
import { EvaluationInput } from './dto/campaign.input';
import { Evaluation } from './evaluation.entity';
import { evaluationLoaders } from './evaluations.loaders';
import { EvaluationsService } from './evaluations.service';
import { PostPerformanceList } from './evaluations.types';

@Resolver(() => Evaluation)
export class EvaluationsResolver {
  constructor(
    private readonly evaluationsService: EvaluationsService,
    private readonly idempotency: Idempotency,
  ) {}

  @Query(() => [Evaluation], {
    description: 'Evaluations written in [from, to), newest first; a search matches their Dutch words, best first',
  })
  evaluations(
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('take', { type: () => Int, nullable: true }) take: number | null,
    @Args('from', { type: () => Date, nullable: true }) from: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to: Date | null,
    @Args('postId', { type: () => ID, nullable: true, description: 'Only those of this post' }) postId: string | null,
    @Args('rubricId', { type: () => ID, nullable: true, description: 'Only those of this rubric' })
    rubricId: string | null,
  ): Promise<Evaluation[]> {
    return this.evaluationsService.list({ search, take, from, to, postId, rubricId });
  }

  @Query(() => PostPerformanceList, {
    description: 'The best and worst posts published in [from, to) that have figures (take: each, default 5)',
  })
  postPerformance(
    @Args('from') from: Date,
    @Args('to') to: Date,
    @Args('take', { type: () => Int, nullable: true }) take: number | null,
  ): Promise<PostPerformanceList> {
    return this.evaluationsService.performance(from, to, take);
  }

  @Mutation(() => Evaluation, {
    description: 'Without id: a new evaluation of a published post or a rubric; with id: changes one of your own',
  })
  saveEvaluation(
    @CurrentUser() actor: SessionUser,
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
    @Args('input') input: EvaluationInput,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Evaluation> {
    if (id) return this.evaluationsService.save(actor, id, input, expectedVersion);
    return this.idempotency.once(actor, idempotencyKey, 'saveEvaluation', Evaluation, () =>
      this.evaluationsService.save(actor, null, input, null),
    );
  }

  @Mutation(() => Boolean, { description: 'Your own evaluation, or as an editor anyone’s' })
  deleteEvaluation(
    @CurrentUser() actor: SessionUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<boolean> {
    return this.evaluationsService.delete(actor, id, expectedVersion);
  }
}

/** What the team learned, beside a published post. */
@Resolver(() => Post)
export class PostEvaluationsResolver {
  @ResolveField(() => [Evaluation], { description: 'What the team learned from it, oldest first' })
  evaluations(@Parent() post: Post, @Context() ctx: GraphQLContext): Promise<Evaluation[]> {
    return evaluationLoaders(ctx).byPost.load(post.id);
  }
}

/** What the team learned, beside a rubric. */
@Resolver(() => Rubric)
export class RubricEvaluationsResolver {
  @ResolveField(() => [Evaluation], { description: 'What the team learned from it, oldest first' })
  evaluations(@Parent() rubric: Rubric, @Context() ctx: GraphQLContext): Promise<Evaluation[]> {
    return evaluationLoaders(ctx).byRubric.load(rubric.id);
  }
}
