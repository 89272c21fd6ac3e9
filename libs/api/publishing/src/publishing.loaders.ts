import { In, Not } from 'typeorm';
import { byKey, groupByKey, type GraphQLContext } from '@planbord/api-core';
import { identityLoaders, type Theme } from '@planbord/api-identity';
import { Comment, Post, Review } from './publishing.entities';

/** Relations of publishing types, one statement per relation per request; built once per request. */
export function publishingLoaders(ctx: GraphQLContext) {
  return ctx.loaders.once('publishing', () => buildPublishingLoaders(ctx));
}

function buildPublishingLoaders(ctx: GraphQLContext) {
  const db = ctx.db;
  const postsBy = (name: string, column: 'eventId' | 'slotId' | 'siblingGroupId') =>
    ctx.loaders.get<Post[]>(name, async (keys) => {
      const rows = await db
        .getRepository(Post)
        .find({ where: { [column]: In([...keys]), status: Not('CANCELLED') }, order: { plannedAt: 'ASC' } });
      return groupByKey(keys, rows, (row) => row[column] as string);
    });
  const commentsBy = (name: string, column: 'eventId' | 'slotId' | 'postId') =>
    ctx.loaders.get<Comment[]>(name, async (keys) => {
      const rows = await db
        .getRepository(Comment)
        .find({ where: { [column]: In([...keys]) }, order: { createdAt: 'ASC' } });
      return groupByKey(keys, rows, (row) => row[column] as string);
    });
  return {
    post: ctx.loaders.get<Post | null>('post', async (keys) =>
      byKey(keys, await db.getRepository(Post).findBy({ id: In([...keys]) }), (row) => row.id),
    ),
    postsByEvent: postsBy('postsByEvent', 'eventId'),
    postsBySlot: postsBy('postsBySlot', 'slotId'),
    postsBySiblingGroup: postsBy('postsBySiblingGroup', 'siblingGroupId'),
    reviews: ctx.loaders.get<Review[]>('reviewsByPost', async (keys) => {
      const rows = await db
        .getRepository(Review)
        .find({ where: { postId: In([...keys]) }, order: { createdAt: 'ASC' } });
      return groupByKey(keys, rows, (row) => row.postId);
    }),
    commentsByEvent: commentsBy('commentsByEvent', 'eventId'),
    commentsBySlot: commentsBy('commentsBySlot', 'slotId'),
    commentsByPost: commentsBy('commentsByPost', 'postId'),
    // A post's own themes, else those it carries through its event or its slot's rubric (planning's view): one statement.
    themes: ctx.loaders.get<Theme[]>('themesByPost', async (keys) => {
      const links: { post: string; theme: string }[] = await db.query(
        `SELECT pt.post_id AS post, pt.theme_id AS theme FROM post_themes pt WHERE pt.post_id = ANY($1)
         UNION
         SELECT p.id, t.theme_id FROM posts p JOIN planning_target_themes t ON t.target_id IN (p.event_id, p.slot_id)
          WHERE p.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM post_themes own WHERE own.post_id = p.id)`,
        [[...keys]],
      );
      const themes = await identityLoaders(ctx).theme.loadMany([...new Set(links.map((link) => link.theme))]);
      const byId = new Map(themes.filter((t): t is Theme => !!t && !(t instanceof Error)).map((t) => [t.id, t]));
      return groupByKey(keys, links, (link) => link.post).map((group) =>
        group
          .map((link) => byId.get(link.theme))
          .filter((t): t is Theme => !!t)
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
    }),
  };
}
