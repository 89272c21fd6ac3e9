import { In } from 'typeorm';
import { byKey, findRows, groupByKey, type GraphQLContext } from '@planbord/api-core';
import { Audience, Channel, Department, Theme, User } from '@planbord/api-identity';
import { Assignment } from './assignment.entity';
import { Event } from './event.entity';
import { Rubric } from './rubric.entity';
import { Slot } from './slot.entity';

type Join = { owner: string; target: string };

/** The relations of planning types, each loaded in one statement per request. */
export function planningLoaders(ctx: GraphQLContext) {
  const db = ctx.db;
  const one = <T extends { id: string }>(name: string, load: (ids: string[]) => Promise<T[]>) =>
    ctx.loaders.get<T | null>(name, async (keys) => byKey(keys, await load([...keys]), (row) => row.id));
  const manyThrough = <T extends { id: string }>(name: string, table: string, ownerColumn: string, targetColumn: string, target: new () => T) =>
    ctx.loaders.get<T[]>(name, async (keys) => {
      const links: Join[] = await db.query(`SELECT ${ownerColumn} AS owner, ${targetColumn} AS target FROM ${table} WHERE ${ownerColumn} = ANY($1)`, [[...keys]]);
      const targets = links.length ? await db.getRepository(target).findBy({ id: In([...new Set(links.map((l) => l.target))]) } as never) : [];
      const byId = new Map(targets.map((t) => [t.id, t]));
      return groupByKey(keys, links, (l) => l.owner).map((group) => group.map((l) => byId.get(l.target)).filter((t): t is T => !!t).sort((a, b) => String((a as { name?: string }).name ?? '').localeCompare(String((b as { name?: string }).name ?? ''))));
    });
  // Jobs of events and of slots come from one loader, so a calendar loads them, and then their people, in one statement each.
  const assignments = ctx.loaders.get<Assignment[]>('assignments', async (keys) => {
    const ids = (kind: string) => keys.filter((k) => k.startsWith(kind)).map((k) => k.slice(kind.length));
    const rows = await findRows(db, Assignment, '(t.event_id = ANY(:events) OR t.slot_id = ANY(:slots))', { events: ids('event:'), slots: ids('slot:') }, 't.created_at, t.id');
    return groupByKey(keys, rows, (row) => (row.eventId ? `event:${row.eventId}` : `slot:${row.slotId}`));
  });

  return {
    user: one('user', (ids) => db.getRepository(User).findBy({ id: In(ids) })),
    department: one('department', (ids) => db.getRepository(Department).findBy({ id: In(ids) })),
    theme: one('theme', (ids) => db.getRepository(Theme).findBy({ id: In(ids) })),
    channel: one('channel', (ids) => db.getRepository(Channel).findBy({ id: In(ids) })),
    rubric: one('rubric', (ids) => findRows(db, Rubric, 't.id = ANY(:ids)', { ids })),
    event: one('event', (ids) => findRows(db, Event, 't.id = ANY(:ids)', { ids })),
    slot: one('slot', (ids) => findRows(db, Slot, 't.id = ANY(:ids)', { ids })),
    eventThemes: manyThrough('eventThemes', 'event_themes', 'event_id', 'theme_id', Theme),
    eventAudiences: manyThrough('eventAudiences', 'event_audiences', 'event_id', 'audience_id', Audience),
    eventChannels: manyThrough('eventChannels', 'event_wished_channels', 'event_id', 'channel_id', Channel),
    rubricChannels: manyThrough('rubricChannels', 'rubric_channels', 'rubric_id', 'channel_id', Channel),
    eventAssignments: { load: (eventId: string) => assignments.load(`event:${eventId}`) },
    slotAssignments: { load: (slotId: string) => assignments.load(`slot:${slotId}`) },
  };
}
