import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, GraphQLDate, type GraphQLContext, type SessionUser } from '@planbord/api-core';
import { Post } from '@planbord/api-publishing';
import { PostMetricsInput } from './dto/metrics.input';
import { PostMetrics } from './insights.entities';
import { ChannelFollowers } from './metrics.entities';
import { MetricsService } from './metrics.service';

/** A post's figures, one statement per request however many posts a query returns. */
export function metricsLoader(ctx: GraphQLContext, metrics: MetricsService) {
  return ctx.loaders.get<PostMetrics | null>('insights.postMetrics', (ids) => metrics.metricsOf(ids));
}

/** The figures of publishing's posts: a field insights adds to its type. */
@Resolver(() => Post)
export class PostMetricsResolver {
  constructor(private readonly service: MetricsService) {}

  @ResolveField(() => PostMetrics, { nullable: true, description: 'The latest lifetime totals, once recorded' })
  metrics(@Parent() post: Post, @Context() ctx: GraphQLContext): Promise<PostMetrics | null> {
    return metricsLoader(ctx, this.service).load(post.id);
  }
}

@Resolver()
export class MetricsResolver {
  constructor(private readonly metrics: MetricsService) {}

  @Mutation(() => Post, { description: 'Records (or corrects) the figures of a published post by hand' })
  recordPostMetrics(
    @CurrentUser() actor: SessionUser,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('input') input: PostMetricsInput,
  ): Promise<Post> {
    return this.metrics.record(actor, postId, input);
  }

  @Query(() => [ChannelFollowers], { description: 'Followers per channel for the months from `from` to `to`' })
  channelFollowers(
    @Args('from', { type: () => GraphQLDate, description: 'A first day of a month' }) from: string,
    @Args('to', { type: () => GraphQLDate, description: 'A first day of a month, included' }) to: string,
  ): Promise<ChannelFollowers[]> {
    return this.metrics.channelFollowers(from, to);
  }

  @Mutation(() => ChannelFollowers, { description: 'Records the followers of a channel in a month' })
  recordChannelFollowers(
    @CurrentUser() actor: SessionUser,
    @Args('channelId', { type: () => ID }) channelId: string,
    @Args('month', { type: () => GraphQLDate, description: 'The first day of the month' }) month: string,
    @Args('followers', { type: () => Int }) followers: number,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
  ): Promise<ChannelFollowers> {
    return this.metrics.recordFollowers(actor, { channelId, month, followers, expectedVersion });
  }
}
