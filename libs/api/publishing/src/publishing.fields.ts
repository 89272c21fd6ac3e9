import type { FieldResolvers } from '@planbord/api-core';
import { planningLoaders as load } from '@planbord/api-planning';
import type { Post } from './publishing.entities';

/** How the relation fields of posts resolve, through the per-request loaders. */
export const publishingFields: FieldResolvers = {
  'Post.channel': (post: Post, ctx) => load(ctx).channel.load(post.channelId),
  'Post.author': (post: Post, ctx) => load(ctx).user.load(post.authorId),
  'Post.event': (post: Post, ctx) => (post.eventId ? load(ctx).event.load(post.eventId) : null),
  'Post.slot': (post: Post, ctx) => (post.slotId ? load(ctx).slot.load(post.slotId) : null),
};
