import { describeWarning, localDateOf, postWarnings } from '@planbord/domain';
import { fieldsOf } from '@planbord/api-core';
import { identityLoaders } from '@planbord/api-identity';
import { planningLoaders } from '@planbord/api-planning';
import { Comment, Post, Review } from './publishing.entities';
import { publishingLoaders } from './publishing.loaders';
import { CrisisState } from './publishing.types';

/** How the relation fields of publishing's own types resolve, through the per-request loaders. */
export const publishingFields = [
  fieldsOf(Post, {
    channel: (post, ctx) => identityLoaders(ctx).channel.load(post.channelId),
    author: (post, ctx) => identityLoaders(ctx).user.load(post.authorId),
    event: (post, ctx) => (post.eventId ? planningLoaders(ctx).event.load(post.eventId) : null),
    slot: (post, ctx) => (post.slotId ? planningLoaders(ctx).slot.load(post.slotId) : null),
    themes: (post, ctx) => publishingLoaders(ctx).themes.load(post.id),
    reviews: (post, ctx) => publishingLoaders(ctx).reviews.load(post.id),
    comments: (post, ctx) => publishingLoaders(ctx).commentsByPost.load(post.id),
    siblings: async (post, ctx) =>
      (await publishingLoaders(ctx).postsBySiblingGroup.load(post.siblingGroupId)).filter((p) => p.id !== post.id),
    assignments: (post, ctx) => planningLoaders(ctx).postAssignments.load(post.id),
    warnings: async (post, ctx) => {
      const [channel, event] = await Promise.all([
        identityLoaders(ctx).channel.load(post.channelId),
        post.eventId ? planningLoaders(ctx).event.load(post.eventId) : null,
      ]);
      if (!channel) return [];
      const zone = ctx.orgTimeZone;
      const eventDays = event
        ? { first: localDateOf(event.startsAt, zone), last: localDateOf(new Date(event.endsAt.getTime() - 1), zone) }
        : null;
      return postWarnings({
        ...post,
        channel,
        eventDays,
        plannedDay: post.plannedAt ? localDateOf(post.plannedAt, zone) : null,
      }).map((w) => describeWarning(w, ctx.req.locale ?? 'nl'));
    },
  }),
  fieldsOf(Review, {
    reviewer: (review, ctx) => identityLoaders(ctx).user.load(review.reviewerId),
  }),
  fieldsOf(Comment, {
    author: (comment, ctx) => identityLoaders(ctx).user.load(comment.authorId),
    mentions: async (comment, ctx) =>
      (await identityLoaders(ctx).user.loadMany(comment.mentionIds)).filter((u) => !!u && !(u instanceof Error)),
  }),
  fieldsOf(CrisisState, {
    by: (state, ctx) => (state.byId ? identityLoaders(ctx).user.load(state.byId) : null),
  }),
];
