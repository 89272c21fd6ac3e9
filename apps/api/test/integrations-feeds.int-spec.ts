import ICAL from 'ical.js';
import { sync as nodeIcal, type VEvent } from 'node-ical';
import { CalendarFeedsService } from '@planbord/api-integrations';
import { loggedIn, makeChannel, makeDepartment, startApi, type Client, type TestApi } from './harness';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
  // The feed's window (three months back, a year ahead) is measured from a pinned moment, not from today.
  api.app.get(CalendarFeedsService).now = () => new Date('2031-02-01T12:00:00Z');
});
afterAll(async () => {
  await api.close();
});

type Versioned = { id: string; version: number };
interface Feed {
  id: string;
  url: string;
  scope: string;
  targetName: string | null;
}

async function createFeed(client: Client, scope: string, targetId?: string): Promise<Feed> {
  const { createCalendarFeed } = await client.ok<{ createCalendarFeed: Feed }>(
    'mutation($s: CalendarFeedScope!, $t: ID) { createCalendarFeed(scope: $s, targetId: $t) { id url scope targetName } }',
    { s: scope, t: targetId ?? null },
  );
  return createCalendarFeed;
}

async function createEvent(client: Client, input: Record<string, unknown>): Promise<Versioned> {
  const { createEvent } = await client.ok<{ createEvent: Versioned }>(
    'mutation($i: EventInput!) { createEvent(input: $i) { id version } }',
    { i: input },
  );
  return createEvent;
}

async function fetchFeed(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { res, body: await res.text() };
}

/** The feed's VEVENTs as ical.js reads them, with its VTIMEZONE registered so TZID times convert. */
function parseWithIcalJs(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

function nodeIcalEvents(text: string): VEvent[] {
  return Object.values(nodeIcal.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

describe('calendar feeds', () => {
  it('answers a department feed that two parsers read, with local times across the spring DST change and all-day events on their day', async () => {
    const { client: member } = await loggedIn(api, 'MEMBER');
    const department = await makeDepartment(api);
    // 30 March 2031 is the last Sunday of March: Saturday the 29th is winter time, Monday the 31st summer time.
    const before = await createEvent(member, {
      title: 'Opening bibliotheek',
      startsAt: '2031-03-29T09:00:00Z',
      endsAt: '2031-03-29T10:00:00Z',
      departmentId: department.id,
      location: 'Stadsplein 1',
    });
    const after = await createEvent(member, {
      title: 'Raadsvergadering',
      startsAt: '2031-03-31T08:00:00Z',
      endsAt: '2031-03-31T09:30:00Z',
      departmentId: department.id,
    });
    const allDay = await createEvent(member, {
      title: 'Koningsdag',
      startsAt: '2031-04-26T00:00:00+02:00',
      endsAt: '2031-04-27T00:00:00+02:00',
      allDay: true,
      departmentId: department.id,
    });
    await createEvent(member, { title: 'Elders', startsAt: '2031-03-29T09:00:00Z', endsAt: '2031-03-29T10:00:00Z' });

    const feed = await createFeed(member, 'DEPARTMENT', department.id);
    expect(feed.url).toMatch(new RegExp(`^${api.url}/ical/[A-Za-z0-9_-]{32}\\.ics$`));
    expect(feed.targetName).toBe(department.name);
    const { res, body } = await fetchFeed(feed.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');
    expect(body).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Amsterdam/);

    const events = parseWithIcalJs(body);
    expect(events.map((e) => e.summary).sort()).toEqual(['Koningsdag', 'Opening bibliotheek', 'Raadsvergadering']);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const winter = byUid.get(`event-${before.id}@planbord`)!;
    expect([winter.startDate.hour, winter.startDate.minute, winter.startDate.zone?.tzid]).toEqual([
      10,
      0,
      'Europe/Amsterdam',
    ]);
    expect(winter.startDate.toJSDate().toISOString()).toBe('2031-03-29T09:00:00.000Z');
    expect(winter.location).toBe('Stadsplein 1');
    const summer = byUid.get(`event-${after.id}@planbord`)!;
    expect([summer.startDate.hour, summer.startDate.minute]).toEqual([10, 0]);
    expect(summer.startDate.toJSDate().toISOString()).toBe('2031-03-31T08:00:00.000Z');
    expect(summer.endDate.toJSDate().toISOString()).toBe('2031-03-31T09:30:00.000Z');
    const day = byUid.get(`event-${allDay.id}@planbord`)!;
    expect(day.startDate.isDate).toBe(true);
    expect(day.startDate.toString()).toBe('2031-04-26');
    expect(day.endDate.toString()).toBe('2031-04-27');
    expect(body).toContain('DTSTART;VALUE=DATE:20310426');
    expect(winter.component.getFirstPropertyValue('url')).toBe(
      `${api.url}/kalender?datum=2031-03-29&item=event:${before.id}`,
    );

    const second = nodeIcalEvents(body);
    expect(second).toHaveLength(3);
    const other = new Map(second.map((e) => [e.uid, e]));
    expect(new Date(other.get(`event-${before.id}@planbord`)!.start).toISOString()).toBe('2031-03-29T09:00:00.000Z');
    expect(new Date(other.get(`event-${after.id}@planbord`)!.start).toISOString()).toBe('2031-03-31T08:00:00.000Z');
    const nodeDay = other.get(`event-${allDay.id}@planbord`)!;
    expect(nodeDay.datetype).toBe('date');
    const start = nodeDay.start as Date;
    expect([start.getFullYear(), start.getMonth() + 1, start.getDate()]).toEqual([2031, 4, 26]);
  });

  it('shows a cancelled event as cancelled and raises SEQUENCE with every change', async () => {
    const { client: member } = await loggedIn(api, 'MEMBER');
    const department = await makeDepartment(api);
    let event = await createEvent(member, {
      title: 'Sportdag',
      startsAt: '2031-05-10T08:00:00Z',
      endsAt: '2031-05-10T12:00:00Z',
      departmentId: department.id,
    });
    const feed = await createFeed(member, 'DEPARTMENT', department.id);
    const sequence = async () => {
      const found = parseWithIcalJs((await fetchFeed(feed.url)).body).find(
        (e) => e.uid === `event-${event.id}@planbord`,
      )!;
      return {
        sequence: found.sequence,
        status: found.component.getFirstPropertyValue('status'),
        title: found.summary,
      };
    };
    const first = await sequence();
    expect(first.status).toBe('CONFIRMED');

    event = (
      await member.ok<{ updateEvent: Versioned }>(
        'mutation($id: ID!, $v: Int!) { updateEvent(id: $id, expectedVersion: $v, input: { title: "Sportdag 2031" }) { id version } }',
        { id: event.id, v: event.version },
      )
    ).updateEvent;
    const updated = await sequence();
    expect(updated.title).toBe('Sportdag 2031');
    expect(updated.sequence).toBeGreaterThan(first.sequence);

    await member.ok(
      'mutation($id: ID!, $v: Int!) { cancelEvent(id: $id, expectedVersion: $v, reason: "Regen") { id version } }',
      { id: event.id, v: event.version },
    );
    const cancelled = await sequence();
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.sequence).toBeGreaterThan(updated.sequence);
    const text = (await fetchFeed(feed.url)).body;
    expect(nodeIcalEvents(text).find((e) => e.uid === `event-${event.id}@planbord`)?.status).toBe('CANCELLED');
  });

  it('answers 304 to the ETag it gave, and a changed body after a change', async () => {
    const { client: member } = await loggedIn(api, 'MEMBER');
    const department = await makeDepartment(api);
    const feed = await createFeed(member, 'DEPARTMENT', department.id);
    const first = await fetchFeed(feed.url);
    const etag = first.res.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetchFeed(feed.url, { 'if-none-match': etag });
    expect(again.res.status).toBe(304);
    expect(again.body).toBe('');

    await createEvent(member, {
      title: 'Nieuw',
      startsAt: '2031-06-01T08:00:00Z',
      endsAt: '2031-06-01T09:00:00Z',
      departmentId: department.id,
    });
    const changed = await fetchFeed(feed.url, { 'if-none-match': etag });
    expect(changed.res.status).toBe(200);
    expect(changed.res.headers.get('etag')).not.toBe(etag);
  });

  it('answers an empty 404 after revoking, for unknown tokens, and when the owner is deactivated', async () => {
    const { client: member } = await loggedIn(api, 'MEMBER');
    const { client: other } = await loggedIn(api, 'MEMBER');
    const feed = await createFeed(member, 'ALL');
    expect((await fetchFeed(feed.url)).res.status).toBe(200);

    const foreign = await other.gql('mutation($id: ID!) { revokeCalendarFeed(id: $id) }', { id: feed.id });
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    await member.ok('mutation($id: ID!) { revokeCalendarFeed(id: $id) }', { id: feed.id });
    const revoked = await fetchFeed(feed.url);
    expect(revoked.res.status).toBe(404);
    expect(revoked.body).toBe('');
    const { calendarFeeds } = await member.ok<{ calendarFeeds: { id: string }[] }>('{ calendarFeeds { id } }');
    expect(calendarFeeds).toEqual([]);

    for (const path of ['/ical/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics', '/ical/nothing.ics', '/ical/x']) {
      const unknown = await fetchFeed(`${api.url}${path}`);
      expect([unknown.res.status, unknown.body]).toEqual([404, '']);
    }

    const { user: leaving, client: leaver } = await loggedIn(api, 'MEMBER');
    const kept = await createFeed(leaver, 'ALL');
    expect((await fetchFeed(kept.url)).res.status).toBe(200);
    await api.db.query('UPDATE users SET active = false WHERE id = $1', [leaving.id]);
    expect((await fetchFeed(kept.url)).res.status).toBe(404);
  });

  it("keeps to what its owner may see: a liaison's ALL feed has no one else's requests and no unpublished posts", async () => {
    const { client: member } = await loggedIn(api, 'MEMBER');
    const { client: liaison } = await loggedIn(api, 'LIAISON');
    const { client: otherLiaison } = await loggedIn(api, 'LIAISON');
    const channel = await makeChannel(api);
    const planned = await createEvent(member, {
      title: 'Gepland feest',
      startsAt: '2031-07-01T08:00:00Z',
      endsAt: '2031-07-01T09:00:00Z',
    });
    const { submitEventRequest: foreignRequest } = await otherLiaison.ok<{ submitEventRequest: Versioned }>(
      'mutation($i: EventRequestInput!) { submitEventRequest(input: $i) { id version } }',
      { i: { title: 'Verzoek van een ander', startsAt: '2031-07-02T08:00:00Z', endsAt: '2031-07-02T09:00:00Z' } },
    );
    const { submitEventRequest: ownRequest } = await liaison.ok<{ submitEventRequest: Versioned }>(
      'mutation($i: EventRequestInput!) { submitEventRequest(input: $i) { id version } }',
      { i: { title: 'Mijn verzoek', startsAt: '2031-07-03T08:00:00Z', endsAt: '2031-07-03T09:00:00Z' } },
    );
    const { createPost: draft } = await member.ok<{ createPost: Versioned }>(
      'mutation($i: PostInput!) { createPost(input: $i) { id version } }',
      { i: { channelId: channel.id, title: 'Concept', body: 'Nog niet klaar', plannedAt: '2031-07-01T10:00:00Z' } },
    );

    const liaisonFeed = (await fetchFeed((await createFeed(liaison, 'ALL')).url)).body;
    const seen = parseWithIcalJs(liaisonFeed).map((e) => e.uid);
    expect(seen).toEqual(expect.arrayContaining([`event-${planned.id}@planbord`, `event-${ownRequest.id}@planbord`]));
    expect(seen).not.toContain(`event-${foreignRequest.id}@planbord`);
    expect(seen).not.toContain(`post-${draft.id}@planbord`);
    expect(liaisonFeed).not.toContain('Verzoek van een ander');

    const memberFeed = parseWithIcalJs((await fetchFeed((await createFeed(member, 'ALL')).url)).body).map((e) => e.uid);
    expect(memberFeed).toEqual(
      expect.arrayContaining([`event-${foreignRequest.id}@planbord`, `post-${draft.id}@planbord`]),
    );
  });

  it("holds a person's jobs in a PERSON feed and a channel's posts and slots in a CHANNEL feed", async () => {
    const { user, client: member } = await loggedIn(api, 'MEMBER');
    const channel = await makeChannel(api);
    const mine = await createEvent(member, {
      title: 'Mijn klus',
      startsAt: '2031-08-01T08:00:00Z',
      endsAt: '2031-08-01T09:00:00Z',
    });
    const notMine = await createEvent(member, {
      title: 'Niet mijn klus',
      startsAt: '2031-08-02T08:00:00Z',
      endsAt: '2031-08-02T09:00:00Z',
    });
    await member.ok('mutation($e: ID!, $u: ID!) { assign(input: { eventId: $e, userId: $u, role: COVER }) { id } }', {
      e: mine.id,
      u: user.id,
    });
    const { createAdHocSlot: slot } = await member.ok<{ createAdHocSlot: Versioned }>(
      'mutation($i: AdHocSlotInput!) { createAdHocSlot(input: $i) { id version } }',
      { i: { startsAt: '2031-08-03T10:00:00Z', channelId: channel.id, title: 'Vrije plek' } },
    );
    const { createPost: post } = await member.ok<{ createPost: Versioned }>(
      'mutation($i: PostInput!) { createPost(input: $i) { id version } }',
      { i: { channelId: channel.id, title: 'Zomerbericht', body: 'Tekst', plannedAt: '2031-08-04T10:00:00Z' } },
    );

    const person = await createFeed(member, 'PERSON');
    expect(person.targetName).toBe(user.name);
    const jobs = parseWithIcalJs((await fetchFeed(person.url)).body);
    const job = jobs.find((e) => e.uid === `event-${mine.id}@planbord`);
    expect(job?.description).toContain('Jouw taak: verslaan');
    expect(jobs.map((e) => e.uid)).not.toContain(`event-${notMine.id}@planbord`);

    const channelFeed = await createFeed(member, 'CHANNEL', channel.id);
    const items = parseWithIcalJs((await fetchFeed(channelFeed.url)).body).map((e) => e.uid);
    expect(items.sort()).toEqual([`post-${post.id}@planbord`, `slot-${slot.id}@planbord`].sort());

    const { calendarFeeds } = await member.ok<{
      calendarFeeds: { id: string; url: string | null; scope: string; lastFetchedAt: string | null }[];
    }>('{ calendarFeeds { id url scope targetName createdAt lastFetchedAt } }');
    expect(calendarFeeds.map((f) => f.scope).sort()).toEqual(['CHANNEL', 'PERSON']);
    expect(calendarFeeds.every((f) => f.url === null)).toBe(true);
    // Both were fetched above: the list tells when.
    expect(calendarFeeds.every((f) => f.lastFetchedAt !== null)).toBe(true);
  });

  it('refuses a feed without a target, on someone else, or on a department that does not exist', async () => {
    const { client: member } = await loggedIn(api, 'MEMBER');
    const { user: other } = await loggedIn(api, 'MEMBER');
    const query = 'mutation($s: CalendarFeedScope!, $t: ID) { createCalendarFeed(scope: $s, targetId: $t) { id } }';
    for (const [scope, targetId, code] of [
      ['DEPARTMENT', null, 'required'],
      ['CHANNEL', '00000000-0000-4000-8000-000000000000', 'notFound'],
      ['PERSON', other.id, 'notAllowed'],
    ] as const) {
      const res = await member.gql(query, { s: scope, t: targetId });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: { targetId: { code } } });
    }
    const anonymous = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ calendarFeeds { id } }' }),
    });
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
