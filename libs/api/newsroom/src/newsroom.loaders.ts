import { isRising } from '@planbord/domain';
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
    topicSignals: ctx.loaders.get<Signal[]>('topicSignals', async (keys) => {
      const rows = await findRows(
        db,
        Signal,
        't.id IN (SELECT id FROM (SELECT s.id, row_number() OVER (PARTITION BY s.topic_id ORDER BY s.received_at DESC, s.id DESC) AS n FROM signals s WHERE s.topic_id = ANY(:ids) AND s.deleted_at IS NULL) ranked WHERE n <= 200)',
        { ids: [...keys] },
      );
      const newestFirst = (a: Signal, b: Signal) =>
        new Date(b.receivedAt).getTime() - new Date(a.receivedAt).getTime() || (a.id < b.id ? 1 : -1);
      return groupByKey(keys, rows, (row) => row.topicId as string).map((group) => group.sort(newestFirst));
    }),
    topicRising: ctx.loaders.get<boolean>('topicRising', async (keys) => {
      const rows: { id: string; last: number; previous: number }[] = await db.query(
        `SELECT topic_id AS id,
           count(*) FILTER (WHERE received_at >= now() - interval '24 hours')::int AS last,
           count(*) FILTER (WHERE received_at < now() - interval '24 hours')::int AS previous
         FROM signals WHERE topic_id = ANY($1) AND received_at >= now() - interval '48 hours' AND deleted_at IS NULL
         GROUP BY topic_id`,
        [[...keys]],
      );
      const counts = new Map(rows.map((row) => [row.id, row]));
      return keys.map((key) => isRising(counts.get(key)?.last ?? 0, counts.get(key)?.previous ?? 0));
    }),
    /**
     * Up to 10 signals per signal, not in its topic, received within 72 hours of it, that share a theme (confirmed or suggested) or the
     * neighbourhood and whose text is alike (trigram similarity at least 0.3), most alike first. The trigram index is
     * of no use here: at this threshold a short Dutch message shares trigrams with a large part of the table. So the
     * 500 candidates nearest in time that share a theme or the neighbourhood are compared, which bounds the work
     * however busy the 72 hours were.
     */
    similarSignals: ctx.loaders.get<Signal[]>('similarSignals', async (keys) => {
      const pairs: { owner: string; id: string }[] = await db.query(
        `WITH origin AS MATERIALIZED (
           SELECT x.id, x.body, x.received_at, x.topic_id, lower(x.neighbourhood) AS neighbourhood,
             ARRAY(SELECT theme_id FROM signal_themes WHERE signal_id = x.id)
               || ARRAY(SELECT (j->>'themeId')::uuid FROM jsonb_array_elements(x.suggestions) j) AS themes
           FROM signals x WHERE x.id = ANY($1))
         SELECT o.id AS owner, m.id
         FROM origin o CROSS JOIN LATERAL (
           SELECT c.id, similarity(c.body, o.body) AS score FROM (
             SELECT s.id, s.body, s.received_at FROM signals s
             WHERE s.received_at BETWEEN o.received_at - interval '72 hours' AND o.received_at + interval '72 hours'
               AND s.id <> o.id AND s.deleted_at IS NULL AND s.status <> 'DISMISSED'
               AND (o.topic_id IS NULL OR s.topic_id IS DISTINCT FROM o.topic_id)
               AND (lower(s.neighbourhood) = o.neighbourhood
                 OR EXISTS (SELECT 1 FROM jsonb_array_elements(s.suggestions) j WHERE (j->>'themeId')::uuid = ANY(o.themes))
                 OR EXISTS (SELECT 1 FROM signal_themes t WHERE t.signal_id = s.id AND t.theme_id = ANY(o.themes)))
             ORDER BY abs(extract(epoch FROM s.received_at - o.received_at)) LIMIT 500) c
           WHERE similarity(c.body, o.body) >= 0.3
           ORDER BY score DESC, c.received_at DESC LIMIT 10) m`,
        [[...keys]],
      );
      const rows = pairs.length
        ? await findRows(db, Signal, 't.id = ANY(:ids)', { ids: [...new Set(pairs.map((p) => p.id))] })
        : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return groupByKey(keys, pairs, (p) => p.owner).map((group) =>
        group.map((p) => byId.get(p.id)).filter((s): s is Signal => !!s),
      );
    }),
    replies: ctx.loaders.get<Reply[]>('repliesBySignal', async (keys) => {
      const rows = await findRows(db, Reply, 't.signal_id = ANY(:ids)', { ids: [...keys] }, 't.sent_at, t.id');
      return groupByKey(keys, rows, (row) => row.signalId);
    }),
    // A signal's own decisions and those on its topic (which hold for all the topic's signals).
    actionsBySignal: ctx.loaders.get<NewsroomAction[]>('actionsBySignal', async (keys) => {
      const inTopics: { id: string; topic_id: string }[] = await db.query(
        'SELECT id, topic_id FROM signals WHERE id = ANY($1) AND topic_id IS NOT NULL',
        [[...keys]],
      );
      const topicOf = new Map(inTopics.map((row) => [row.id, row.topic_id]));
      const rows = await findRows(
        db,
        NewsroomAction,
        't.signal_id = ANY(:ids) OR t.topic_id = ANY(:topics)',
        { ids: [...keys], topics: [...new Set(topicOf.values())] },
        't.created_at, t.id',
      );
      return keys.map((key) =>
        rows.filter((row) => row.signalId === key || (!!row.topicId && row.topicId === topicOf.get(key))),
      );
    }),
  };
}
