import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ReviewDecision } from '@planbord/domain';
import { CurrentUser, Idempotency, idempotencyKeyArg, type GraphQLContext, type SessionUser } from '@planbord/api-core';
import { Assignment, Calendar, Event, Slot } from '@planbord/api-planning';
import { CommentsService } from './comments.service';
import { CrisisService } from './crisis.service';
import { CommentInput, PostInput, PostPatch } from './dto/publishing.input';
import { PostsService } from './posts.service';
import { Comment, Post, ReviewDecisionEnum } from './publishing.entities';
import { publishingLoaders } from './publishing.loaders';
import { CrisisState, MyWork } from './publishing.types';

const idArg = ['id', { type: () => ID }] as const;
const versionArg = ['expectedVersion', { type: () => Int }] as const;

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly idempotency: Idempotency,
  ) {}

  @Query(() => Post, { nullable: true })
  post(@Args(...idArg) id: string): Promise<Post | null> {
    return this.posts.find(id);
  }

  @Query(() => [Post], { description: 'Posts waiting for review, oldest first.' })
  approvalQueue(): Promise<Post[]> {
    return this.posts.approvalQueue();
  }

  @Query(() => [Post], { description: 'Posts held by crisis mode, the soonest planned first.' })
  heldPosts(): Promise<Post[]> {
    return this.posts.heldPosts();
  }

  @Query(() => MyWork)
  myWork(@CurrentUser() user: SessionUser, @Args('from') from: Date, @Args('to') to: Date): Promise<MyWork> {
    return this.posts.myWork(user, from, to);
  }

  @Mutation(() => Post)
  createPost(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: PostInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Post> {
    return this.idempotency.once(actor, idempotencyKey, 'createPost', Post, () => this.posts.create(actor, input));
  }

  @Mutation(() => Post, { description: '"Also for channel X": a linked copy of the post for another channel.' })
  createSiblingPost(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args('channelId', { type: () => ID }) channelId: string,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Post> {
    return this.idempotency.once(actor, idempotencyKey, 'createSiblingPost', Post, () =>
      this.posts.createSibling(actor, id, channelId),
    );
  }

  @Mutation(() => Post)
  updatePost(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('input') input: PostPatch,
  ): Promise<Post> {
    return this.posts.update(actor, id, expectedVersion, input);
  }

  @Mutation(() => Post)
  submitPostForReview(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
  ): Promise<Post> {
    return this.posts.submit(actor, id, expectedVersion);
  }

  @Mutation(() => Post)
  reviewPost(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('decision', { type: () => ReviewDecisionEnum }) decision: ReviewDecision,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
  ): Promise<Post> {
    return this.posts.review(actor, id, expectedVersion, decision, comment);
  }

  @Mutation(() => Post)
  schedulePost(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('plannedAt') plannedAt: Date,
    @Args('confirmCrisis', {
      type: () => Boolean,
      nullable: true,
      description: 'An editor confirms scheduling while crisis mode is on',
    })
    confirmCrisis: boolean | null,
  ): Promise<Post> {
    return this.posts.schedule(actor, id, expectedVersion, plannedAt, !!confirmCrisis);
  }

  @Mutation(() => Post)
  markPostPublished(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('url', { type: () => String, nullable: true }) url: string | null,
    @Args('publishedAt', { type: () => Date, nullable: true }) publishedAt: Date | null,
  ): Promise<Post> {
    return this.posts.markPublished(actor, id, expectedVersion, url, publishedAt);
  }

  @Mutation(() => Post)
  cancelPost(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('reason') reason: string,
  ): Promise<Post> {
    return this.posts.cancel(actor, id, expectedVersion, reason);
  }
}

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    private readonly commentsService: CommentsService,
    private readonly idempotency: Idempotency,
  ) {}

  @Query(() => [Comment])
  comments(
    @Args('eventId', { type: () => ID, nullable: true }) eventId: string | null,
    @Args('slotId', { type: () => ID, nullable: true }) slotId: string | null,
    @Args('postId', { type: () => ID, nullable: true }) postId: string | null,
  ): Promise<Comment[]> {
    return this.commentsService.list({ eventId, slotId, postId });
  }

  @Mutation(() => Comment)
  addComment(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: CommentInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Comment> {
    return this.idempotency.once(actor, idempotencyKey, 'addComment', Comment, () =>
      this.commentsService.add(actor, input),
    );
  }
}

@Resolver(() => CrisisState)
export class CrisisResolver {
  constructor(private readonly crisisService: CrisisService) {}

  @Query(() => CrisisState)
  crisis(): Promise<CrisisState> {
    return this.crisisService.state();
  }

  @Mutation(() => CrisisState, {
    description: 'Crisis on: holds every approved and scheduled post; off: releases exactly those.',
  })
  setCrisisMode(
    @CurrentUser() actor: SessionUser,
    @Args('active') active: boolean,
    @Args('reason') reason: string,
  ): Promise<CrisisState> {
    return this.crisisService.set(actor, active, reason);
  }
}

/**
 * The publishing side of planning's types: posts in the calendar, on events and slots, and the post of a job. A
 * feature adds fields to another feature's type with `@ResolveField` (see README, Architecture).
 */
@Resolver(() => Event)
export class EventPostsResolver {
  @ResolveField(() => [Post])
  posts(@Parent() event: Event, @Context() ctx: GraphQLContext) {
    return publishingLoaders(ctx).postsByEvent.load(event.id);
  }

  @ResolveField(() => [Comment])
  comments(@Parent() event: Event, @Context() ctx: GraphQLContext) {
    return publishingLoaders(ctx).commentsByEvent.load(event.id);
  }
}

@Resolver(() => Slot)
export class SlotPostsResolver {
  @ResolveField(() => Post, { nullable: true, description: 'The (first) post in this slot' })
  async post(@Parent() slot: Slot, @Context() ctx: GraphQLContext) {
    return (await publishingLoaders(ctx).postsBySlot.load(slot.id))[0] ?? null;
  }

  @ResolveField(() => [Comment])
  comments(@Parent() slot: Slot, @Context() ctx: GraphQLContext) {
    return publishingLoaders(ctx).commentsBySlot.load(slot.id);
  }
}

@Resolver(() => Assignment)
export class AssignmentPostResolver {
  @ResolveField(() => Post, { nullable: true })
  post(@Parent() assignment: Assignment, @Context() ctx: GraphQLContext) {
    return assignment.postId ? publishingLoaders(ctx).post.load(assignment.postId) : null;
  }
}

@Resolver(() => Calendar)
export class CalendarPostsResolver {
  constructor(private readonly posts: PostsService) {}

  /** Posts planned (or published) in the range; liaisons see only what went out. */
  @ResolveField(() => [Post], { name: 'posts' })
  calendarPosts(@Parent() calendar: Calendar): Promise<Post[]> {
    return this.posts.inCalendar(calendar);
  }
}
