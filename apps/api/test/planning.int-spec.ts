import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Assignment, Event, Rubric, Slot } from '@planbord/api-planning';
import { addDays, atLocalTime, isoWeekday, startOfLocalDate } from '@planbord/domain';
import {
  calendarSubscription,
  Client,
  localDate,
  localTime,
  loggedIn,
  makeChannel,
  makeDepartment,
  makeTheme,
  makeUser,
  ORG_TIME_ZONE,
  startApi,
  type TestApi,
} from './harness';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const day = 86400_000;
/** A whole hour on the local date `n` days from today, in the organisation's zone. */
const inDays = (n: number, hour = 10) => localTime(n, `${String(hour).padStart(2, '0')}:00`);
const EVENT_FIELDS =
  'id version title status coverage late startsAt endsAt allDay startDate endDate decisionNote responseDueAt requestedAt department { id } themes { id } assignments { id role status user { id } }';

const REQUEST = `mutation($i: EventRequestInput!) { submitEventRequest(input: $i) { ${EVENT_FIELDS} } }`;
const CREATE = `mutation($i: EventInput!) { createEvent(input: $i) { ${EVENT_FIELDS} } }`;
const DECIDE = `mutation($id: ID!, $v: Int!, $a: Boolean!, $n: String) { decideEventRequest(id: $id, expectedVersion: $v, accept: $a, note: $n) { ${EVENT_FIELDS} } }`;
const ASSIGN = 'mutation($i: AssignInput!) { assign(input: $i) { id version role status estimatedMinutes } }';
const EVENT = `query($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`;

type E = {
  id: string;
  version: number;
  status: string;
  coverage: string;
  late: boolean;
  decisionNote: string | null;
  responseDueAt: string;
  requestedAt: string;
  startsAt: string;
  endsAt: string;
  startDate: string | null;
  endDate: string | null;
  assignments: { id: string }[];
};

async function planned(
  client: Client,
  title = 'Opening skatepark',
  start = inDays(20),
  end = new Date(start.getTime() + 2 * 3600_000),
): Promise<E> {
  return (await client.ok<{ createEvent: E }>(CREATE, { i: { title, startsAt: start, endsAt: end } })).createEvent;
}

describe('event requests', () => {
  it('travel from a liaison to the team and back: submitted, triaged with a note, planned', async () => {
    const liaison = await loggedIn(api, 'LIAISON');
    const member = await loggedIn(api, 'MEMBER');
    const dept = await makeDepartment(api);
    const theme = await makeTheme(api);
    const { submitEventRequest: request } = await liaison.client.ok<{ submitEventRequest: E }>(REQUEST, {
      i: {
        title: 'Opening skatepark De Hoven',
        startsAt: inDays(30, 14),
        endsAt: inDays(30, 16),
        departmentId: dept.id,
        themeIds: [theme.id],
        note: 'Wethouder komt ook',
      },
    });
    expect(request).toMatchObject({ status: 'REQUESTED', late: false, coverage: 'UNCOVERED' });
    expect(new Date(request.responseDueAt).getTime()).toBeGreaterThan(
      new Date(request.requestedAt).getTime() + 2 * day,
    );

    const queue = await member.client.ok<{ eventRequests: { id: string }[] }>(
      '{ eventRequests(status: [REQUESTED]) { id } }',
    );
    expect(queue.eventRequests.map((e) => e.id)).toContain(request.id);
    const { decideEventRequest } = await member.client.ok<{ decideEventRequest: E }>(DECIDE, {
      id: request.id,
      v: request.version,
      a: true,
      n: 'We komen met foto en video',
    });
    expect(decideEventRequest).toMatchObject({ status: 'PLANNED', decisionNote: 'We komen met foto en video' });

    const mine = await liaison.client.ok<{ eventRequests: { id: string; status: string; decisionNote: string }[] }>(
      '{ eventRequests(mine: true) { id status decisionNote } }',
    );
    expect(mine.eventRequests).toEqual([
      { id: request.id, status: 'PLANNED', decisionNote: 'We komen met foto en video' },
    ]);
  });

  it('flags a request for an event sooner than the minimum lead time as late, but accepts it', async () => {
    const { client } = await loggedIn(api, 'LIAISON');
    const { submitEventRequest } = await client.ok<{ submitEventRequest: E }>(REQUEST, {
      i: { title: 'Morgen al', startsAt: inDays(3), endsAt: inDays(3, 12) },
    });
    expect(submitEventRequest).toMatchObject({ status: 'REQUESTED', late: true });
  });

  it('refuses an end before the start, an empty title and unknown references, naming the fields', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const res = await client.gql(CREATE, {
      i: {
        title: '  ',
        startsAt: inDays(5, 12),
        endsAt: inDays(5, 10),
        departmentId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        title: 'Vul dit veld in.',
        endsAt: 'Het einde ligt voor het begin.',
        departmentId: 'Dit bestaat niet (meer).',
      },
    });
  });

  it('stores an all-day event from local midnight to the local midnight after its last day', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const { createEvent } = await client.ok<{ createEvent: E }>(CREATE, {
      i: { title: 'Koningsdag', startsAt: '2027-04-27T08:00:00Z', endsAt: '2027-04-27T18:00:00Z', allDay: true },
    });
    expect(createEvent).toMatchObject({
      allDay: true,
      startDate: '2027-04-27',
      endDate: '2027-04-28',
      startsAt: '2027-04-26T22:00:00.000Z',
      endsAt: '2027-04-27T22:00:00.000Z',
    });
  });

  it('lets two members edit the same event only one at a time: the second gets VERSION_CONFLICT and nothing is lost', async () => {
    const a = await loggedIn(api, 'MEMBER');
    const b = await loggedIn(api, 'EDITOR');
    const event = await planned(a.client, 'Raadsvergadering');
    const UPDATE =
      'mutation($id: ID!, $v: Int!, $t: String) { updateEvent(id: $id, expectedVersion: $v, input: { title: $t }) { title version } }';
    await a.client.ok(UPDATE, { id: event.id, v: event.version, t: 'Raadsvergadering (begroting)' });
    const second = await b.client.gql(UPDATE, { id: event.id, v: event.version, t: 'Raadsvergadering 2' });
    expect(second.errors?.[0].extensions).toMatchObject({
      code: 'VERSION_CONFLICT',
      currentVersion: event.version + 1,
    });
    const now = await a.client.ok<{ event: { title: string } }>(EVENT, { id: event.id });
    expect(now.event.title).toBe('Raadsvergadering (begroting)');
  });

  it('moves through the state machine only along its table', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const event = await planned(client, 'Boomfeestdag');
    const again = await client.gql(DECIDE, { id: event.id, v: event.version, a: true });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'PLANNED', to: 'PLANNED' });
    const noReason = await client.gql(
      'mutation($id: ID!, $v: Int!) { cancelEvent(id: $id, expectedVersion: $v, reason: "") { id } }',
      { id: event.id, v: event.version },
    );
    expect(noReason.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { reason: expect.any(String) },
    });
    const cancelled = await client.ok<{ cancelEvent: { status: string } }>(
      'mutation($id: ID!, $v: Int!) { cancelEvent(id: $id, expectedVersion: $v, reason: "Storm") { status } }',
      { id: event.id, v: event.version },
    );
    expect(cancelled.cancelEvent.status).toBe('CANCELLED');
  });
});

describe('what a liaison may not do', () => {
  it("create, decide, assign, or edit other people's requests; and sees only the planned calendar and their own requests", async () => {
    const liaison = await loggedIn(api, 'LIAISON');
    const other = await loggedIn(api, 'LIAISON');
    const member = await loggedIn(api, 'MEMBER');
    const theirs = (
      await other.client.ok<{ submitEventRequest: E }>(REQUEST, {
        i: { title: 'Van een ander', startsAt: inDays(40), endsAt: inDays(40, 12) },
      })
    ).submitEventRequest;
    const mine = (
      await liaison.client.ok<{ submitEventRequest: E }>(REQUEST, {
        i: { title: 'Van mij', startsAt: inDays(40), endsAt: inDays(40, 12) },
      })
    ).submitEventRequest;
    const plannedEvent = await planned(member.client, 'Gepland', inDays(40), inDays(40, 12));

    expect(
      (await liaison.client.gql(CREATE, { i: { title: 'X', startsAt: inDays(41), endsAt: inDays(41, 12) } }))
        .errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await liaison.client.gql(DECIDE, { id: mine.id, v: mine.version, a: true })).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await liaison.client.gql(ASSIGN, { i: { eventId: plannedEvent.id, userId: member.user.id, role: 'COVER' } }))
        .errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    const edit =
      'mutation($id: ID!, $v: Int!) { updateEvent(id: $id, expectedVersion: $v, input: { title: "Gekaapt" }) { title } }';
    expect((await liaison.client.gql(edit, { id: theirs.id, v: theirs.version })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await liaison.client.gql(edit, { id: plannedEvent.id, v: plannedEvent.version })).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await liaison.client.ok<{ updateEvent: { title: string } }>(edit, { id: mine.id, v: mine.version })).updateEvent
        .title,
    ).toBe('Gekaapt');

    const { calendar } = await liaison.client.ok<{ calendar: { events: { id: string }[] } }>(
      'query($f: DateTime!, $t: DateTime!) { calendar(from: $f, to: $t) { events { id } } }',
      { f: inDays(39), t: inDays(42) },
    );
    const seen = calendar.events.map((e) => e.id);
    expect(seen).toContain(plannedEvent.id);
    expect(seen).toContain(mine.id);
    expect(seen).not.toContain(theirs.id);
    expect((await liaison.client.ok<{ event: null }>(EVENT, { id: theirs.id })).event).toBeNull();
    expect((await liaison.client.gql('{ rubrics { id } }')).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('assignments and coverage', () => {
  it('derive coverage from COVER and PUBLISH jobs, default the estimates, and show gaps and workload', async () => {
    const planner = await loggedIn(api, 'EDITOR');
    const photographer = await loggedIn(api, 'MEMBER', { weeklyHours: 4 });
    const event = await planned(planner.client, 'Sportgala', inDays(25, 19), inDays(25, 22));
    const gaps = async () =>
      (
        await planner.client.ok<{ planningGaps: { id: string }[] }>(
          'query($f: DateTime!, $t: DateTime!) { planningGaps(from: $f, to: $t) { id } }',
          { f: inDays(24), t: inDays(27) },
        )
      ).planningGaps.map((e) => e.id);
    expect(await gaps()).toContain(event.id);

    const cover = (
      await planner.client.ok<{ assign: { id: string; version: number; estimatedMinutes: number } }>(ASSIGN, {
        i: { eventId: event.id, userId: photographer.user.id, role: 'COVER', note: 'Neem de grote lens mee' },
      })
    ).assign;
    expect(cover.estimatedMinutes).toBe(180 + 60);
    expect((await planner.client.ok<{ event: E }>(EVENT, { id: event.id })).event.coverage).toBe('PARTIAL');
    const publish = (
      await planner.client.ok<{ assign: { estimatedMinutes: number } }>(ASSIGN, {
        i: { eventId: event.id, userId: planner.user.id, role: 'PUBLISH' },
      })
    ).assign;
    expect(publish.estimatedMinutes).toBe(20);
    expect((await planner.client.ok<{ event: E }>(EVENT, { id: event.id })).event.coverage).toBe('COVERED');
    expect(await gaps()).not.toContain(event.id);

    const duplicate = await planner.client.gql(ASSIGN, {
      i: { eventId: event.id, userId: photographer.user.id, role: 'COVER' },
    });
    expect(duplicate.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { userId: expect.any(String) },
    });

    // Only the assignee answers; a declined job no longer covers.
    const RESPOND =
      'mutation($id: ID!, $v: Int!, $a: Boolean!, $n: String) { respondToAssignment(id: $id, expectedVersion: $v, accept: $a, note: $n) { status responseNote version } }';
    expect(
      (await planner.client.gql(RESPOND, { id: cover.id, v: cover.version, a: true })).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    const declined = await photographer.client.ok<{ respondToAssignment: { status: string; responseNote: string } }>(
      RESPOND,
      { id: cover.id, v: cover.version, a: false, n: 'Ben op vakantie' },
    );
    expect(declined.respondToAssignment).toMatchObject({ status: 'DECLINED', responseNote: 'Ben op vakantie' });
    expect((await planner.client.ok<{ event: E }>(EVENT, { id: event.id })).event.coverage).toBe('PARTIAL');
  });

  it('flags overlapping COVER jobs and counts minutes against weekly capacity', async () => {
    const planner = await loggedIn(api, 'MEMBER');
    const person = await makeUser(api, 'MEMBER', { weeklyHours: 2 });
    const a = await planned(planner.client, 'Markt', inDays(50, 10), inDays(50, 12));
    const b = await planned(planner.client, 'Optocht', inDays(50, 11), inDays(50, 13));
    const c = await planned(planner.client, 'Concert', inDays(50, 20), inDays(50, 22));
    for (const event of [a, b, c])
      await planner.client.ok(ASSIGN, { i: { eventId: event.id, userId: person.id, role: 'COVER' } });
    const { workload } = await planner.client.ok<{
      workload: { user: { id: string }; minutes: number; capacityMinutes: number; conflicts: { id: string }[] }[];
    }>(
      'query($f: DateTime!, $t: DateTime!, $u: [ID!]) { workload(from: $f, to: $t, userIds: $u) { user { id } minutes capacityMinutes conflicts { id } } }',
      { f: inDays(47), t: inDays(54), u: [person.id] },
    );
    expect(workload).toHaveLength(1);
    expect(workload[0].minutes).toBe(3 * 180);
    expect(workload[0].capacityMinutes).toBe(120);
    expect(workload[0].conflicts).toHaveLength(2);
  });
});

describe('rubrics and slots', () => {
  // Rubrics put slots into every later calendar query: they get a database of their own.
  let rubricsApi: TestApi;
  beforeAll(async () => {
    rubricsApi = await startApi();
  });
  afterAll(async () => {
    await rubricsApi.close();
  });

  const RUBRIC =
    'mutation($i: RubricInput!) { createRubric(input: $i) { id version name rrule time startsOn channels { id } } }';
  const SLOTS =
    'query($f: DateTime!, $t: DateTime!) { calendar(from: $f, to: $t) { slots { id version startsAt status offPattern kind rubric { id } assignments { id } } } }';
  type S = { id: string; status: string; offPattern: boolean; startsAt: string; rubric: { id: string } | null };

  /** The first year after this one whose calendar (weekdays, and so its DST changes) is that of 2027. */
  const likeTwentyTwentySeven = (() => {
    const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    let year = Number(localDate().slice(0, 4)) + 1;
    while (new Date(Date.UTC(year, 0, 1)).getUTCDay() !== 5 || leap(year)) year++;
    return year;
  })();

  it('fill the year with the right dates: "first Friday of the month at 10:00"', async () => {
    const { client } = await loggedIn(rubricsApi, 'MEMBER');
    const channel = await makeChannel(rubricsApi, { kind: 'FACEBOOK' });
    const y = likeTwentyTwentySeven;
    const { createRubric } = await client.ok<{ createRubric: { id: string } }>(RUBRIC, {
      i: {
        name: 'Nieuw in de bibliotheek',
        channelIds: [channel.id],
        rrule: 'FREQ=MONTHLY;BYDAY=1FR',
        startsOn: `${y}-01-01`,
        endsOn: `${y}-12-31`,
        time: '10:00',
      },
    });
    const { calendar } = await client.ok<{ calendar: { slots: S[] } }>(SLOTS, {
      f: `${y}-01-01T00:00:00+01:00`,
      t: `${y + 1}-01-01T00:00:00+01:00`,
    });
    const mine = calendar.slots.filter((s) => s.rubric?.id === createRubric.id).map((s) => s.startsAt);
    expect(mine).toEqual(
      [
        '01-01T09:00',
        '02-05T09:00',
        '03-05T09:00',
        '04-02T08:00',
        '05-07T08:00',
        '06-04T08:00',
        '07-02T08:00',
        '08-06T08:00',
        '09-03T08:00',
        '10-01T08:00',
        '11-05T09:00',
        '12-03T09:00',
      ].map((moment) => `${y}-${moment}:00.000Z`),
    );
  });

  it('keep the slots with work attached when the rule changes, marking them off-pattern', async () => {
    const { user, client } = await loggedIn(rubricsApi, 'MEMBER');
    const channel = await makeChannel(rubricsApi);
    const start = localDate(7);
    const { createRubric } = await client.ok<{ createRubric: { id: string; version: number } }>(RUBRIC, {
      i: {
        name: 'Werk in uitvoering',
        channelIds: [channel.id],
        rrule: 'FREQ=DAILY',
        startsOn: start,
        endsOn: addDays(start, 20),
        time: '09:00',
      },
    });
    const window = {
      f: startOfLocalDate(start, ORG_TIME_ZONE),
      t: startOfLocalDate(addDays(start, 14), ORG_TIME_ZONE),
    };
    const slots = async () =>
      (await client.ok<{ calendar: { slots: S[] } }>(SLOTS, window)).calendar.slots.filter(
        (s) => s.rubric?.id === createRubric.id,
      );
    const before = await slots();
    expect(before.map((s) => s.startsAt)).toEqual(
      Array.from({ length: 14 }, (_, i) => atLocalTime(addDays(start, i), '09:00', ORG_TIME_ZONE).toISOString()),
    );
    const worked = before[3];
    await client.ok(ASSIGN, { i: { slotId: worked.id, userId: user.id, role: 'WRITE' } });

    const bad = await client.gql(
      'mutation($id: ID!, $v: Int!) { updateRubric(id: $id, expectedVersion: $v, input: { rrule: "FREQ=SOMETIMES" }) { id } }',
      { id: createRubric.id, v: createRubric.version },
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { rrule: expect.any(String) } });
    await client.ok(
      'mutation($id: ID!, $v: Int!) { updateRubric(id: $id, expectedVersion: $v, input: { rrule: "FREQ=WEEKLY;BYDAY=SA", time: "11:00" }) { id } }',
      { id: createRubric.id, v: createRubric.version },
    );

    const after = await slots();
    expect(after.find((s) => s.id === worked.id)).toMatchObject({ status: 'FILLED', offPattern: true });
    const saturdays = Array.from({ length: 14 }, (_, i) => addDays(start, i)).filter((date) => isoWeekday(date) === 6);
    expect(after.filter((s) => s.id !== worked.id).map((s) => [s.startsAt, s.offPattern])).toEqual(
      saturdays.map((date) => [atLocalTime(date, '11:00', ORG_TIME_ZONE).toISOString(), false]),
    );
  });

  it('keep ad-hoc room, skip slots with a reason, and report the week balance', async () => {
    const { client } = await loggedIn(rubricsApi, 'EDITOR');
    const { createAdHocSlot } = await client.ok<{
      createAdHocSlot: { id: string; version: number; kind: string; status: string };
    }>(
      'mutation($t: DateTime!) { createAdHocSlot(input: { startsAt: $t, title: "Vrije ruimte" }) { id version kind status } }',
      { t: inDays(60, 12) },
    );
    expect(createAdHocSlot).toMatchObject({ kind: 'AD_HOC', status: 'OPEN' });
    const noReason = await client.gql(
      'mutation($id: ID!, $v: Int!) { skipSlot(id: $id, expectedVersion: $v, reason: " ") { id } }',
      { id: createAdHocSlot.id, v: 1 },
    );
    expect(noReason.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { reason: expect.any(String) },
    });
    const balance = await client.ok<{ planningBalance: { weekStart: string; adHocFree: number }[] }>(
      'query($f: DateTime!, $t: DateTime!) { planningBalance(from: $f, to: $t) { weekStart adHocFree } }',
      { f: inDays(60, 0), t: inDays(61, 0) },
    );
    expect(balance.planningBalance).toEqual([
      { weekStart: addDays(localDate(60), 1 - isoWeekday(localDate(60))), adHocFree: 1 },
    ]);
    const skipped = await client.ok<{ skipSlot: { status: string; skipReason: string } }>(
      'mutation($id: ID!, $v: Int!) { skipSlot(id: $id, expectedVersion: $v, reason: "Geen nieuws") { status skipReason } }',
      { id: createAdHocSlot.id, v: 1 },
    );
    expect(skipped.skipSlot).toEqual({ status: 'SKIPPED', skipReason: 'Geen nieuws' });
  });
});

describe('the calendar query', () => {
  it('refuses ranges over 400 days and backwards ranges, and years outside 1900–2199', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const Q = 'query($f: DateTime!, $t: DateTime!) { calendar(from: $f, to: $t) { from } }';
    expect(
      (await client.gql(Q, { f: '2026-01-01T00:00:00Z', t: '2027-03-01T00:00:00Z' })).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: 'Kies een periode van hoogstens 400 dagen.' } });
    expect(
      (await client.gql(Q, { f: '2026-03-01T00:00:00Z', t: '2026-02-01T00:00:00Z' })).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: expect.any(String) } });
    for (const ranged of [
      'planningGaps(from: $f, to: $t) { id }',
      'workload(from: $f, to: $t) { minutes }',
      'myWork(from: $f, to: $t) { reviews { id } }',
    ]) {
      const backwards = await client.gql(`query($f: DateTime!, $t: DateTime!) { ${ranged} }`, {
        f: '2026-03-01T00:00:00Z',
        t: '2026-02-01T00:00:00Z',
      });
      expect(backwards.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { to: 'Het einde ligt voor het begin.' },
      });
    }
    expect((await client.gql('{ rubricYear(year: 1) { months { month } } }')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { year: 'Kies een getal van 1900 tot en met 2199.' },
    });
  });

  it('runs the same number of SQL statements for 3 items as for 60', async () => {
    const own = await startApi();
    try {
      const { user, client } = await loggedIn(own, 'MEMBER');
      const theme = await makeTheme(own);
      const dept = await makeDepartment(own);
      const channel = await makeChannel(own);
      // Fully materialised, so no calendar query extends it: only the slots below are in the two windows.
      const rubric = await own.db.getRepository(Rubric).save({
        name: 'Wekelijks',
        rrule: 'FREQ=WEEKLY',
        startsOn: '2031-01-01',
        time: '09:00',
        themeId: theme.id,
        ownerId: user.id,
        materializedUntil: '2199-12-31',
      });
      await own.db.query('INSERT INTO rubric_channels (rubric_id, channel_id) VALUES ($1, $2)', [
        rubric.id,
        channel.id,
      ]);
      const FULL = `query($f: DateTime!, $t: DateTime!) { calendar(from: $f, to: $t) {
        events { id title coverage department { name } themes { name } audiences { name } wishedChannels { name } requestedBy { name } assignments { role status user { name } } }
        slots { id status rubric { name channels { name } theme { name } owner { name } } channel { name } assignments { role user { name } } } } }`;
      const countStatements = async (date: string) => {
        const runner = own.db.createQueryRunner();
        const spy = jest.spyOn(Object.getPrototypeOf(runner) as { query: (sql: string) => Promise<unknown> }, 'query');
        await runner.release();
        await client.ok(FULL, {
          f: startOfLocalDate(date, ORG_TIME_ZONE),
          t: startOfLocalDate(addDays(date, 1), ORG_TIME_ZONE),
        });
        const n = spy.mock.calls.filter(
          ([sql]: [string]) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/.test(String(sql)),
        ).length;
        spy.mockRestore();
        return n;
      };
      const seed = async (date: string, n: number) => {
        for (let i = 0; i < n; i++) {
          const at = (hour: number) => atLocalTime(date, `${String(hour).padStart(2, '0')}:00`, ORG_TIME_ZONE);
          const event = await own.db.getRepository(Event).save({
            title: `E${i}`,
            startsAt: at(8 + (i % 10)),
            endsAt: at(9 + (i % 10)),
            status: 'PLANNED',
            departmentId: dept.id,
          });
          await own.db.query('INSERT INTO event_themes (event_id, theme_id) VALUES ($1, $2)', [event.id, theme.id]);
          const adHoc = await own.db
            .getRepository(Slot)
            .save({ kind: 'AD_HOC', status: 'FILLED', startsAt: at(8 + (i % 10)), channelId: channel.id });
          await own.db.getRepository(Assignment).save([
            { eventId: event.id, userId: user.id, role: i % 2 ? 'COVER' : 'PUBLISH', estimatedMinutes: 60 },
            { slotId: adHoc.id, userId: user.id, role: 'WRITE', estimatedMinutes: 60 },
          ]);
          await own.db.getRepository(Slot).save({
            kind: 'RUBRIC',
            status: 'OPEN',
            startsAt: new Date(at(8 + (i % 10)).getTime() + i * 60_000),
            rubricId: rubric.id,
          });
        }
      };
      await seed('2031-05-06', 3);
      await seed('2031-05-13', 60);
      const calendarOf = async (date: string) =>
        (
          await client.ok<{ calendar: { events: unknown[]; slots: unknown[] } }>(FULL, {
            f: startOfLocalDate(date, ORG_TIME_ZONE),
            t: startOfLocalDate(addDays(date, 1), ORG_TIME_ZONE),
          })
        ).calendar;
      expect(await calendarOf('2031-05-06')).toMatchObject({ events: { length: 3 }, slots: { length: 6 } });
      expect(await calendarOf('2031-05-13')).toMatchObject({ events: { length: 60 }, slots: { length: 120 } });
      const small = await countStatements('2031-05-06');
      const large = await countStatements('2031-05-13');
      expect(small).toBe(large);
      expect(large).toBeGreaterThan(3);
      expect(large).toBeLessThan(25);
    } finally {
      await own.close();
    }
  });
});

describe('live updates', () => {
  it('reach subscribers of another API process on the same database', async () => {
    const second = await startApi({}, api);
    try {
      const watcher = await makeUser(second, 'LIAISON');
      const watching = await new Client(second).login(watcher.email);
      const subscription = await calendarSubscription(second, watching);
      const { client } = await loggedIn(api, 'MEMBER');
      const event = await planned(client, 'Live bijgewerkt');
      await expect(subscription.next((change) => change.entityType === 'Event')).resolves.toEqual({
        entityType: 'Event',
        id: event.id,
        kind: 'created',
      });
      await subscription.dispose();
    } finally {
      await second.close();
    }
  });

  it('refuse a subscription without a session', async () => {
    const ws = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const outcome = await new Promise<string>((resolve) => {
      ws.subscribe(
        { query: 'subscription { calendarChanged { id } }' },
        { next: () => resolve('message'), error: () => resolve('refused'), complete: () => resolve('complete') },
      );
    });
    expect(outcome).toBe('refused');
    await ws.dispose();
  });
});
