import { In, Not } from 'typeorm';
import { byKey, groupByKey, type GraphQLContext } from '@planbord/api-core';
import { Comment, Post, Review } from './publishing.entities';

/** Relations of publishing types, one statement per relation per request. */
export function publishingLoaders(ctx: GraphQLContext) {
  const db = ctx.db;
  const postsBy = (name: string, column: 'eventId' | 'slotId' | 'siblingGroupId') =>
    ctx.loaders.get<Post[]>(name, async (keys) => {
      const rows = await db.getRepository(Post).find({ where: { [column]: In([...keys]), status: Not('CANCELLED') }, order: { plannedAt: 'ASC' } });
      return groupByKey(keys, rows, (row) => row[column] as string);
    });
  const commentsBy = (name: string, column: 'eventId' | 'slotId' | 'postId') =>
    ctx.loaders.get<Comment[]>(name, async (keys) => {
      const rows = await db.getRepository(Comment).find({ where: { [column]: In([...keys]) }, order: { createdAt: 'ASC' } });
      return groupByKey(keys, rows, (row) => row[column] as string);
    });
  return {
    post: ctx.loaders.get<Post | null>('post', async (keys) => byKey(keys, await db.getRepository(Post).findBy({ id: In([...keys]) }), (row) => row.id)),
    postsByEvent: postsBy('postsByEvent', 'eventId'),
    postsBySlot: postsBy('postsBySlot', 'slotId'),
    postsBySiblingGroup: postsBy('postsBySiblingGroup', 'siblingGroupId'),
    reviews: ctx.loaders.get<Review[]>('reviewsByPost', async (keys) => {
      const rows = await db.getRepository(Review).find({ where: { postId: In([...keys]) }, order: { createdAt: 'ASC' } });
      return groupByKey(keys, rows, (row) => row.postId);
    }),
    commentsByEvent: commentsBy('commentsByEvent', 'eventId'),
    commentsBySlot: commentsBy('commentsBySlot', 'slotId'),
    commentsByPost: commentsBy('commentsByPost', 'postId'),
  };
}
