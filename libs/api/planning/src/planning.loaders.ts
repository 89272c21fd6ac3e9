import { eventVisibleTo } from '@planbord/domain';
import { byKey, findRows, groupByKey, type GraphQLContext } from '@planbord/api-core';
import { identityLoaders, type Audience, type Channel, type Theme, type User } from '@planbord/api-identity';
import { Assignment } from './assignment.entity';
import type { CalendarEvent, CalendarRubric, CalendarSlot } from './calendar.service';
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

/** The relations of planning types, each loaded in one statement per request; built once per request. */
export function planningLoaders(ctx: GraphQLContext) {
  return ctx.loaders.once('planning', () => buildPlanningLoaders(ctx));
}

function buildPlanningLoaders(ctx: GraphQLContext) {
  const db = ctx.db;
  const one = <T extends { id: string }>(name: string, load: (ids: string[]) => Promise<T[]>) =>
    ctx.loaders.get<T | null>(name, async (keys) => byKey(keys, await load([...keys]), (row) => row.id));
  const identity = identityLoaders(ctx);
  // The links are planning's own tables; what they point to is loaded by identity, in one statement per kind.
  const manyThrough = <T extends { id: string; name: string }>(
    name: string,
    table: string,
    ownerColumn: string,
    targetColumn: string,
    target: { loadMany: (ids: string[]) => Promise<(T | null | Error)[]> },
  ) =>
    ctx.loaders.get<T[]>(name, async (keys) => {
      const links: Join[] = await db.query(
        `SELECT ${ownerColumn} AS owner, ${targetColumn} AS target FROM ${table} WHERE ${ownerColumn} = ANY($1)`,
        [[...keys]],
      );
      const targets = links.length ? await target.loadMany([...new Set(links.map((l) => l.target))]) : [];
      const byId = new Map(targets.filter((t): t is T => !!t && !(t instanceof Error)).map((t) => [t.id, t]));
      return groupByKey(keys, links, (l) => l.owner).map((group) =>
        group
          .map((l) => byId.get(l.target))
          .filter((t): t is T => !!t)
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
    });
  // Jobs of events and of slots come from one loader, so a calendar loads them, and then their people, in one statement each.
  const assignments = ctx.loaders.get<Assignment[]>('assignments', async (keys) => {
    const ids = (kind: string) => keys.filter((k) => k.startsWith(kind)).map((k) => k.slice(kind.length));
    const rows = await findRows(
      db,
      Assignment,
      '(t.event_id = ANY(:events) OR t.slot_id = ANY(:slots))',
      { events: ids('event:'), slots: ids('slot:') },
      't.created_at, t.id',
    );
    return groupByKey(keys, rows, (row) => (row.eventId ? `event:${row.eventId}` : `slot:${row.slotId}`));
  });

  return {
    ...identity,
    rubric: one('rubric', (ids) => findRows(db, Rubric, 't.id = ANY(:ids)', { ids })),
    event: visibleTo(
      ctx,
      one('event', (ids) => findRows(db, Event, 't.id = ANY(:ids)', { ids })),
    ),
    slot: one('slot', (ids) => findRows(db, Slot, 't.id = ANY(:ids)', { ids })),
    eventThemes: manyThrough<Theme>('eventThemes', 'event_themes', 'event_id', 'theme_id', identity.theme),
    eventAudiences: manyThrough<Audience>(
      'eventAudiences',
      'event_audiences',
      'event_id',
      'audience_id',
      identity.audience,
    ),
    eventChannels: manyThrough<Channel>(
      'eventChannels',
      'event_wished_channels',
      'event_id',
      'channel_id',
      identity.channel,
    ),
    rubricChannels: manyThrough<Channel>(
      'rubricChannels',
      'rubric_channels',
      'rubric_id',
      'channel_id',
      identity.channel,
    ),
    postAssignments: ctx.loaders.get<Assignment[]>('assignmentsByPost', async (keys) => {
      const rows = await findRows(
        db,
        Assignment,
        't.post_id = ANY(:posts)',
        { posts: [...keys] },
        't.created_at, t.id',
      );
      return groupByKey(keys, rows, (row) => row.postId as string);
    }),
    eventAssignments: { load: (eventId: string) => assignments.load(`event:${eventId}`) },
    slotAssignments: { load: (slotId: string) => assignments.load(`slot:${slotId}`) },
  };
}

const present = <T>(value: T | null | Error | undefined): value is T => value != null && !(value instanceof Error);

/**
 * Adds to a calendar the people, themes, channels and departments it names, through the request's loaders: each kind
 * in one statement, all four at once, so a calendar takes the same statements however its fields resolve. The fields
 * of the calendar's rows then read what is attached instead of asking a loader per row (see planning.fields.ts).
 */
export async function withCalendarReferences(
  ctx: GraphQLContext,
  calendar: { events: CalendarEvent[]; slots: CalendarSlot[] },
): Promise<void> {
  const users = new Set<string>();
  const themes = new Set<string>();
  const channels = new Set<string>();
  const departments = new Set<string>();
  const add = (set: Set<string>, id: string | null | undefined) => id && set.add(id);
  for (const event of calendar.events) {
    add(departments, event.departmentId);
    add(users, event.requestedById);
    add(users, event.decidedById);
    for (const id of event.themeIds) themes.add(id);
    for (const job of event.assignments) users.add(job.userId);
  }
  for (const slot of calendar.slots) {
    add(channels, slot.channelId);
    for (const job of slot.assignments) users.add(job.userId);
    if (!slot.rubric) continue;
    add(themes, slot.rubric.themeId);
    add(users, slot.rubric.ownerId);
    for (const id of slot.rubric.channelIds) channels.add(id);
  }
  const load = planningLoaders(ctx);
  const [userRows, themeRows, channelRows, departmentRows] = await Promise.all([
    load.user.loadMany([...users]),
    load.theme.loadMany([...themes]),
    load.channel.loadMany([...channels]),
    load.department.loadMany([...departments]),
  ]);
  const index = <T extends { id: string }>(rows: (T | null | Error)[]) =>
    new Map(rows.filter(present).map((row) => [row.id, row]));
  // Lists of themes and channels by name, as the loaders give them: each kind sorted once, each list by that order.
  const ranks = <T extends { id: string; name: string }>(rows: Map<string, T>) =>
    new Map(
      [...rows.values()]
        .sort((a, b) => String(a.name ?? '').localeCompare(String(b.name ?? '')))
        .map((row, i) => [row.id, i]),
    );
  const sortedBy = <T extends { id: string }>(rank: Map<string, number>, rows: T[]) =>
    rows.length > 1 ? rows.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!) : rows;
  const user = index(userRows);
  const theme = index(themeRows);
  const channel = index(channelRows);
  const department = index(departmentRows);
  const themeRank = ranks(theme);
  const channelRank = ranks(channel);
  const rubrics = new Set<CalendarRubric>();
  for (const event of calendar.events) {
    event.department = event.departmentId ? (department.get(event.departmentId) ?? null) : null;
    event.themes = sortedBy(themeRank, event.themeIds.map((id) => theme.get(id)).filter(present));
    for (const job of event.assignments) job.user = user.get(job.userId) ?? (null as unknown as User);
  }
  for (const slot of calendar.slots) {
    slot.channel = slot.channelId ? (channel.get(slot.channelId) ?? null) : null;
    for (const job of slot.assignments) job.user = user.get(job.userId) ?? (null as unknown as User);
    if (slot.rubric) rubrics.add(slot.rubric);
  }
  for (const rubric of rubrics) {
    rubric.theme = rubric.themeId ? (theme.get(rubric.themeId) ?? null) : null;
    rubric.channels = sortedBy(channelRank, rubric.channelIds.map((id) => channel.get(id)).filter(present));
  }
}
