import { byKey, findRows, groupByKey, type GraphQLContext } from '@planbord/api-core';
import { identityLoaders, type Theme } from '@planbord/api-identity';
import { NewsroomAction } from './newsroom-action.entity';
import { Reply } from './reply.entity';
import { Signal } from './signal.entity';
import { Topic } from './topic.entity';

/** Relations of newsroom types, one statement per relation per request; built once per request. */
export function newsroomLoaders(ctx: GraphQLContext) {
  return ctx.loaders.once('newsroom', () => buildNewsroomLoaders(ctx));
}

function buildNewsroomLoaders(ctx: GraphQLContext) {
  const db = ctx.db;
  const identity = identityLoaders(ctx);
  const themesOf = (loaded: (Theme | null | Error)[]) =>
    new Map(loaded.filter((t): t is Theme => !!t && !(t instanceof Error)).map((t) => [t.id, t]));
  return {
    signal: ctx.loaders.get<Signal | null>('signal', async (keys) =>
      byKey(keys, await findRows(db, Signal, 't.id = ANY(:ids)', { ids: [...keys] }), (row) => row.id),
    ),
    topic: ctx.loaders.get<Topic | null>('topic', async (keys) =>
      byKey(keys, await findRows(db, Topic, 't.id = ANY(:ids)', { ids: [...keys] }), (row) => row.id),
    ),
    signalThemes: ctx.loaders.get<Theme[]>('signalThemes', async (keys) => {
      const links: { owner: string; target: string }[] = await db.query(
        'SELECT signal_id AS owner, theme_id AS target FROM signal_themes WHERE signal_id = ANY($1)',
        [[...keys]],
      );
      const byId = themesOf(
        links.length ? await identity.theme.loadMany([...new Set(links.map((l) => l.target))]) : [],
      );
      return groupByKey(keys, links, (l) => l.owner).map((group) =>
        group
          .map((l) => byId.get(l.target))
          .filter((t): t is Theme => !!t)
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
    }),
    /** The themes of a topic: those of its signals. */
    topicThemes: ctx.loaders.get<Theme[]>('topicThemes', async (keys) => {
      const links: { owner: string; target: string }[] = await db.query(
        `SELECT DISTINCT s.topic_id AS owner, t.theme_id AS target
         FROM signals s JOIN signal_themes t ON t.signal_id = s.id
         WHERE s.topic_id = ANY($1) AND s.deleted_at IS NULL`,
        [[...keys]],
      );
      const byId = themesOf(
        links.length ? await identity.theme.loadMany([...new Set(links.map((l) => l.target))]) : [],
      );
      return groupByKey(keys, links, (l) => l.owner).map((group) =>
        group
          .map((l) => byId.get(l.target))
          .filter((t): t is Theme => !!t)
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
    }),
    replies: ctx.loaders.get<Reply[]>('repliesBySignal', async (keys) => {
      const rows = await findRows(db, Reply, 't.signal_id = ANY(:ids)', { ids: [...keys] }, 't.sent_at, t.id');
      return groupByKey(keys, rows, (row) => row.signalId);
    }),
    actionsBySignal: ctx.loaders.get<NewsroomAction[]>('actionsBySignal', async (keys) => {
      const rows = await findRows(
        db,
        NewsroomAction,
        't.signal_id = ANY(:ids)',
        { ids: [...keys] },
        't.created_at, t.id',
      );
      return groupByKey(keys, rows, (row) => row.signalId as string);
    }),
  };
}
