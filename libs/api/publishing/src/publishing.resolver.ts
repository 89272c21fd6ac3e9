import { Args, Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { describeWarning, localDateOf, postWarnings, type ReviewDecision } from '@planbord/domain';
import { APP_CONFIG, assertRange, CurrentUser, Idempotency, idempotencyKeyArg, type AppConfig, type GraphQLContext, type SessionUser } from '@planbord/api-core';
import { User } from '@planbord/api-identity';
import { Assignment, Calendar, Event, planningLoaders, Slot } from '@planbord/api-planning';
import { Inject } from '@nestjs/common';
import { CommentsService } from './comments.service';
import { CrisisService } from './crisis.service';
import { CommentInput, PostInput, PostPatch } from './dto/publishing.input';
import { PostsService } from './posts.service';
import { Comment, Post, Review, ReviewDecisionEnum } from './publishing.entities';
import { publishingLoaders } from './publishing.loaders';

const idArg = ['id', { type: () => ID }] as const;
const versionArg = ['expectedVersion', { type: () => Int }] as const;

@ObjectType()
export class CrisisState {
  @Field() active: boolean;
  @Field(() => ID, { nullable: true, description: 'This crisis period; its switches are in auditTrail(entityType: "Crisis")' }) activationId: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => Date, { nullable: true }) since: Date | null;
  byId: string | null;
  @Field(() => Int) heldPosts: number;
}

@ObjectType({ description: 'My jobs in a period, and the posts waiting for my review.' })
export class MyWork {
  @Field(() => [Assignment]) assignments: Assignment[];
  @Field(() => [Post]) reviews: Post[];
}

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
  async myWork(@CurrentUser() user: SessionUser, @Args('from') from: Date, @Args('to') to: Date): Promise<MyWork> {
    assertRange(from, to);
    const rows: { id: string }[] = await this.db.query(
      `SELECT a.id FROM assignments a
         LEFT JOIN events e ON e.id = a.event_id
         LEFT JOIN slots s ON s.id = a.slot_id
         LEFT JOIN posts p ON p.id = a.post_id
        WHERE a.user_id = $1 AND a.deleted_at IS NULL AND a.status <> 'DECLINED'
          AND ((e.starts_at < $3 AND e.ends_at > $2) OR (s.starts_at >= $2 AND s.starts_at < $3)
               OR (p.planned_at >= $2 AND p.planned_at < $3) OR (p.id IS NOT NULL AND p.planned_at IS NULL AND p.status NOT IN ('PUBLISHED','CANCELLED')))
        ORDER BY COALESCE(e.starts_at, s.starts_at, p.planned_at) NULLS LAST LIMIT 200`,
      [user.id, from, to],
    );
    const found = rows.length ? await this.db.getRepository(Assignment).findBy({ id: In(rows.map((r) => r.id)) }) : [];
    const order = new Map(rows.map((r, i) => [r.id, i]));
    const assignments = found.sort((x, y) => order.get(x.id)! - order.get(y.id)!);
    const reviews = ['EDITOR', 'ADMIN'].includes(user.role) ? (await this.posts.approvalQueue()).filter((p) => p.authorId !== user.id) : [];
    return { assignments, reviews };
  }

  @Mutation(() => Post)
  createPost(@CurrentUser() actor: SessionUser, @Args('input') input: PostInput, @Args(...idempotencyKeyArg) idempotencyKey: string | null): Promise<Post> {
    return this.idempotency.once(actor, idempotencyKey, 'createPost', Post, () => this.posts.create(actor, input));
  }

  @Mutation(() => Post, { description: '"Also for channel X": a linked copy of the post for another channel.' })
  createSiblingPost(@CurrentUser() actor: SessionUser, @Args(...idArg) id: string, @Args('channelId', { type: () => ID }) channelId: string, @Args(...idempotencyKeyArg) idempotencyKey: string | null): Promise<Post> {
    return this.idempotency.once(actor, idempotencyKey, 'createSiblingPost', Post, () => this.posts.createSibling(actor, id, channelId));
  }

  @Mutation(() => Post)
  updatePost(@CurrentUser() actor: SessionUser, @Args(...idArg) id: string, @Args(...versionArg) expectedVersion: number, @Args('input') input: PostPatch): Promise<Post> {
    return this.posts.update(actor, id, expectedVersion, input);
  }

  @Mutation(() => Post)
  submitPostForReview(@CurrentUser() actor: SessionUser, @Args(...idArg) id: string, @Args(...versionArg) expectedVersion: number): Promise<Post> {
    return this.posts.submit(actor, id, expectedVersion);
  }

  @Mutation(() => Post)
  reviewPost(@CurrentUser() actor: SessionUser, @Args(...idArg) id: string, @Args(...versionArg) expectedVersion: number, @Args('decision', { type: () => ReviewDecisionEnum }) decision: ReviewDecision, @Args('comment', { type: () => String, nullable: true }) comment: string | null): Promise<Post> {
    return this.posts.review(actor, id, expectedVersion, decision, comment);
  }

  @Mutation(() => Post)
  schedulePost(@CurrentUser() actor: SessionUser, @Args(...idArg) id: string, @Args(...versionArg) expectedVersion: number, @Args('plannedAt') plannedAt: Date, @Args('confirmCrisis', { type: () => Boolean, nullable: true, description: 'An editor confirms scheduling while crisis mode is on' }) confirmCrisis: boolean | null): Promise<Post> {
    return this.posts.schedule(actor, id, expectedVersion, plannedAt, !!confirmCrisis);
  }

  @Mutation(() => Post)
  markPostPublished(@CurrentUser() actor: SessionUser, @Args(...idArg) id: string, @Args(...versionArg) expectedVersion: number, @Args('url', { type: () => String, nullable: true }) url: string | null, @Args('publishedAt', { type: () => Date, nullable: true }) publishedAt: Date | null): Promise<Post> {
    return this.posts.markPublished(actor, id, expectedVersion, url, publishedAt);
  }

  @Mutation(() => Post)
  cancelPost(@CurrentUser() actor: SessionUser, @Args(...idArg) id: string, @Args(...versionArg) expectedVersion: number, @Args('reason') reason: string): Promise<Post> {
    return this.posts.cancel(actor, id, expectedVersion, reason);
  }





  @ResolveField(() => [Review])
  reviews(@Parent() post: Post, @Context() ctx: GraphQLContext) {
    return publishingLoaders(ctx).reviews.load(post.id);
  }

  @ResolveField(() => [Comment])
  comments(@Parent() post: Post, @Context() ctx: GraphQLContext) {
    return publishingLoaders(ctx).commentsByPost.load(post.id);
  }

  @ResolveField(() => [Post], { description: 'The same post on other channels' })
  async siblings(@Parent() post: Post, @Context() ctx: GraphQLContext) {
    return (await publishingLoaders(ctx).postsBySiblingGroup.load(post.siblingGroupId)).filter((p) => p.id !== post.id);
  }

  @ResolveField(() => [Assignment])
  assignments(@Parent() post: Post, @Context() ctx: GraphQLContext) {
    return publishingLoaders(ctx).assignmentsByPost.load(post.id);
  }

  @ResolveField(() => [String], { description: 'Channel limits and other things to check, in your language; never errors.' })
  async warnings(@Parent() post: Post, @Context() ctx: GraphQLContext): Promise<string[]> {
    const loaders = planningLoaders(ctx);
    const [channel, event] = await Promise.all([loaders.channel.load(post.channelId), post.eventId ? loaders.event.load(post.eventId) : null]);
    if (!channel) return [];
    const zone = this.config.orgTimeZone;
    const eventDays = event ? { first: localDateOf(event.startsAt, zone), last: localDateOf(new Date(event.endsAt.getTime() - 1), zone) } : null;
    return postWarnings({ ...post, channel, eventDays, plannedDay: post.plannedAt ? localDateOf(post.plannedAt, zone) : null })
      .map((w) => describeWarning(w, ctx.req.locale ?? 'nl'));
  }
}

@Resolver(() => Review)
export class ReviewsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => User)
  reviewer(@Parent() review: Review, @Context() ctx: GraphQLContext) {
    return planningLoaders(ctx).user.load(review.reviewerId);
  }
}

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(private readonly commentsService: CommentsService, @InjectDataSource() private readonly db: DataSource, private readonly idempotency: Idempotency) {}

  @Query(() => [Comment])
  comments(@Args('eventId', { type: () => ID, nullable: true }) eventId: string | null, @Args('slotId', { type: () => ID, nullable: true }) slotId: string | null, @Args('postId', { type: () => ID, nullable: true }) postId: string | null): Promise<Comment[]> {
    return this.commentsService.list({ eventId, slotId, postId });
  }

  @Mutation(() => Comment)
  addComment(@CurrentUser() actor: SessionUser, @Args('input') input: CommentInput, @Args(...idempotencyKeyArg) idempotencyKey: string | null): Promise<Comment> {
    return this.idempotency.once(actor, idempotencyKey, 'addComment', Comment, () => this.commentsService.add(actor, input));
  }

  @ResolveField(() => User)
  author(@Parent() comment: Comment, @Context() ctx: GraphQLContext) {
    return planningLoaders(ctx).user.load(comment.authorId);
  }

  @ResolveField(() => [User])
  async mentions(@Parent() comment: Comment, @Context() ctx: GraphQLContext) {
    const users = await planningLoaders(ctx).user.loadMany(comment.mentionIds);
    return users.filter((u): u is User => !!u && !(u instanceof Error));
  }
}

@Resolver(() => CrisisState)
export class CrisisResolver {
  constructor(private readonly crisisService: CrisisService, @InjectDataSource() private readonly db: DataSource) {}

  @Query(() => CrisisState)
  crisis(): Promise<CrisisState> {
    return this.crisisService.state();
  }

  @Mutation(() => CrisisState, { description: 'Crisis on: holds every approved and scheduled post; off: releases exactly those.' })
  setCrisisMode(@CurrentUser() actor: SessionUser, @Args('active') active: boolean, @Args('reason') reason: string): Promise<CrisisState> {
    return this.crisisService.set(actor, active, reason);
  }

  @ResolveField(() => User, { nullable: true })
  by(@Parent() state: CrisisState, @Context() ctx: GraphQLContext) {
    return state.byId ? planningLoaders(ctx).user.load(state.byId) : null;
  }
}

/** The publishing side of planning types: posts in the calendar, on events and slots, and jobs on posts. */
@Resolver(() => Event)
export class EventPostsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => Post, { nullable: true })
  post(@Parent() assignment: Assignment, @Context() ctx: GraphQLContext) {
    return assignment.postId ? publishingLoaders(ctx).post.load(assignment.postId) : null;
  }
}

@Resolver(() => Calendar)
export class CalendarPostsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Posts planned (or published) in the range; liaisons see only what went out. One statement. */
  @ResolveField(() => [Post])
  posts(@Parent() calendar: Calendar): Promise<Post[]> {
    const query = this.db.getRepository(Post).createQueryBuilder('p')
      .where("p.status <> 'CANCELLED'")
      .andWhere('COALESCE(p.published_at, p.planned_at) >= :from AND COALESCE(p.published_at, p.planned_at) < :to', { from: calendar.from, to: calendar.to });
    if (calendar.viewer.role === 'LIAISON') query.andWhere("p.status = 'PUBLISHED'");
    const filter = calendar.filter;
    if (filter?.channelIds?.length) query.andWhere('p.channel_id IN (:...channels)', { channels: filter.channelIds });
    if (filter?.userIds?.length) query.andWhere('(p.author_id IN (:...users) OR EXISTS (SELECT 1 FROM assignments a WHERE a.post_id = p.id AND a.deleted_at IS NULL AND a.user_id IN (:...users)))', { users: filter.userIds });
    if (filter?.departmentIds?.length) query.andWhere('EXISTS (SELECT 1 FROM channels c WHERE c.id = p.channel_id AND c.owner_department_id IN (:...departments))', { departments: filter.departmentIds });
    if (filter?.themeIds?.length) {
      query.andWhere(`(EXISTS (SELECT 1 FROM event_themes t WHERE t.event_id = p.event_id AND t.theme_id IN (:...themes))
        OR EXISTS (SELECT 1 FROM slots s JOIN rubrics r ON r.id = s.rubric_id WHERE s.id = p.slot_id AND r.theme_id IN (:...themes)))`, { themes: filter.themeIds });
    }
    return query.orderBy('COALESCE(p.published_at, p.planned_at)').getMany();
  }
}
