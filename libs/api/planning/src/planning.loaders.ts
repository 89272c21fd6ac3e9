import { eventVisibleTo } from '@planbord/domain';
import { byKey, findRows, groupByKey, type GraphQLContext } from '@planbord/api-core';
import { identityLoaders, type Audience, type Channel, type Theme } from '@planbord/api-identity';
import { Assignment } from './assignment.entity';
import { Event } from './event.entity';
import { Rubric } from './rubric.entity';
import { Slot } from './slot.entity';

type Join = { owner: string; target: string };

/**
 * An event reached through a link (a post's or a job's) is shown by the same rule as `event(id)`: a liaison does not
 * see another liaison's request by following a link to it.
 */
function visibleTo(ctx: GraphQLContext, events: { load: (id: string) => Promise<Event | null> }) {
  return {
    load: async (id: string): Promise<Event | null> => {
      const viewer = ctx.req.user;
      const event = await events.load(id);
      return event && viewer && eventVisibleTo(viewer, event) ? event : null;
    },
  };
}

/** The relations of planning types, each loaded in one statement per request. */
export function planningLoaders(ctx: GraphQLContext) {
  const db = ctx.db;
  const one = <T extends { id: string }>(name: string, load: (ids: string[]) => Promise<T[]>) =>
    ctx.loaders.get<T | null>(name, async (keys) => byKey(keys, await load([...keys]), (row) => row.id));
  const identity = identityLoaders(ctx);
  // The links are planning's own tables; what they point to is loaded by identity, in one statement per kind.
  const manyThrough = <T extends { id: string; name: string }>(name: string, table: string, ownerColumn: string, targetColumn: string, target: { loadMany: (ids: string[]) => Promise<(T | null | Error)[]> }) =>
    ctx.loaders.get<T[]>(name, async (keys) => {
      const links: Join[] = await db.query(`SELECT ${ownerColumn} AS owner, ${targetColumn} AS target FROM ${table} WHERE ${ownerColumn} = ANY($1)`, [[...keys]]);
      const targets = links.length ? await target.loadMany([...new Set(links.map((l) => l.target))]) : [];
      const byId = new Map(targets.filter((t): t is T => !!t && !(t instanceof Error)).map((t) => [t.id, t]));
      return groupByKey(keys, links, (l) => l.owner).map((group) => group.map((l) => byId.get(l.target)).filter((t): t is T => !!t).sort((a, b) => a.name.localeCompare(b.name)));
    });
  // Jobs of events and of slots come from one loader, so a calendar loads them, and then their people, in one statement each.
  const assignments = ctx.loaders.get<Assignment[]>('assignments', async (keys) => {
    const ids = (kind: string) => keys.filter((k) => k.startsWith(kind)).map((k) => k.slice(kind.length));
    const rows = await findRows(db, Assignment, '(t.event_id = ANY(:events) OR t.slot_id = ANY(:slots))', { events: ids('event:'), slots: ids('slot:') }, 't.created_at, t.id');
    return groupByKey(keys, rows, (row) => (row.eventId ? `event:${row.eventId}` : `slot:${row.slotId}`));
  });

  return {
    ...identity,
    rubric: one('rubric', (ids) => findRows(db, Rubric, 't.id = ANY(:ids)', { ids })),
    event: visibleTo(ctx, one('event', (ids) => findRows(db, Event, 't.id = ANY(:ids)', { ids }))),
    slot: one('slot', (ids) => findRows(db, Slot, 't.id = ANY(:ids)', { ids })),
    eventThemes: manyThrough<Theme>('eventThemes', 'event_themes', 'event_id', 'theme_id', identity.theme),
    eventAudiences: manyThrough<Audience>('eventAudiences', 'event_audiences', 'event_id', 'audience_id', identity.audience),
    eventChannels: manyThrough<Channel>('eventChannels', 'event_wished_channels', 'event_id', 'channel_id', identity.channel),
    rubricChannels: manyThrough<Channel>('rubricChannels', 'rubric_channels', 'rubric_id', 'channel_id', identity.channel),
    postAssignments: ctx.loaders.get<Assignment[]>('assignmentsByPost', async (keys) => {
      const rows = await findRows(db, Assignment, 't.post_id = ANY(:posts)', { posts: [...keys] }, 't.created_at, t.id');
      return groupByKey(keys, rows, (row) => row.postId as string);
    }),
    eventAssignments: { load: (eventId: string) => assignments.load(`event:${eventId}`) },
    slotAssignments: { load: (slotId: string) => assignments.load(`slot:${slotId}`) },
  };
}
