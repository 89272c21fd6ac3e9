import { Client, localTime, loggedIn, makeChannel, makeDepartment, makeUser, startApi, type TestApi } from './harness';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const SETUP =
  '{ setupIssues { peopleWithoutDepartment { id name } peopleWithoutDepartmentCount channelsWithoutOwner { id name } channelsWithoutOwnerCount } }';
interface Setup {
  setupIssues: {
    peopleWithoutDepartment: { id: string }[];
    peopleWithoutDepartmentCount: number;
    channelsWithoutOwner: { id: string }[];
    channelsWithoutOwnerCount: number;
  };
}

describe('what the set-up still lacks', () => {
  it('lists active people without a department and active channels without an owner, for administrators only', async () => {
    const admin = await loggedIn(api, 'ADMIN');
    const department = await makeDepartment(api);
    const homeless = await makeUser(api, 'LIAISON');
    const placed = await makeUser(api, 'MEMBER', { departmentId: department.id });
    const gone = await makeUser(api, 'MEMBER', { active: false });
    const orphan = await makeChannel(api);
    const owned = await makeChannel(api, { ownerDepartmentId: department.id });
    const retired = await makeChannel(api, { active: false });

    const { setupIssues } = await admin.client.ok<Setup>(SETUP);
    const people = setupIssues.peopleWithoutDepartment.map((p) => p.id);
    expect(people).toContain(homeless.id);
    expect(people).not.toContain(placed.id);
    expect(people).not.toContain(gone.id);
    expect(setupIssues.peopleWithoutDepartmentCount).toBe(people.length);
    const channels = setupIssues.channelsWithoutOwner.map((c) => c.id);
    expect(channels).toContain(orphan.id);
    expect(channels).not.toContain(owned.id);
    expect(channels).not.toContain(retired.id);
    expect(setupIssues.channelsWithoutOwnerCount).toBe(channels.length);

    for (const role of ['EDITOR', 'MEMBER', 'LIAISON'] as const) {
      expect((await (await loggedIn(api, role)).client.gql(SETUP)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await new Client(api).gql(SETUP)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('notifications say which way it went', () => {
  const REQUEST = 'mutation($i: EventRequestInput!) { submitEventRequest(input: $i) { id version } }';
  const DECIDE =
    'mutation($id: ID!, $v: Int!, $a: Boolean!) { decideEventRequest(id: $id, expectedVersion: $v, accept: $a) { id } }';
  const TOLD = '{ myNotifications { kind outcome subject } }';

  it('tells the liaison whether the request was accepted or declined', async () => {
    const liaison = await loggedIn(api, 'LIAISON');
    const member = await loggedIn(api, 'MEMBER');
    const submit = async (title: string) =>
      (
        await liaison.client.ok<{ submitEventRequest: { id: string; version: number } }>(REQUEST, {
          i: { title, startsAt: localTime(60, '10:00'), endsAt: localTime(60, '12:00') },
        })
      ).submitEventRequest;
    const yes = await submit('Opening speeltuin');
    const no = await submit('Receptie');
    await member.client.ok(DECIDE, { id: yes.id, v: yes.version, a: true });
    await member.client.ok(DECIDE, { id: no.id, v: no.version, a: false });
    const { myNotifications } = await liaison.client.ok<{
      myNotifications: { kind: string; outcome: string; subject: string }[];
    }>(TOLD);
    expect(myNotifications).toEqual(
      expect.arrayContaining([
        { kind: 'REQUEST_DECIDED', outcome: 'ACCEPTED', subject: 'Opening speeltuin' },
        { kind: 'REQUEST_DECIDED', outcome: 'DECLINED', subject: 'Receptie' },
      ]),
    );
  });

  it('tells everyone whether crisis mode went on or off', async () => {
    const editor = await loggedIn(api, 'EDITOR');
    const member = await loggedIn(api, 'MEMBER');
    const CRISIS = 'mutation($a: Boolean!, $r: String!) { setCrisisMode(active: $a, reason: $r) { active } }';
    await editor.client.ok(CRISIS, { a: true, r: 'Stroomstoring' });
    await editor.client.ok(CRISIS, { a: false, r: 'Stroom terug' });
    const { myNotifications } = await member.client.ok<{
      myNotifications: { kind: string; outcome: string; subject: string }[];
    }>(TOLD);
    expect(myNotifications.filter((n) => n.kind === 'CRISIS_SWITCHED')).toEqual([
      { kind: 'CRISIS_SWITCHED', outcome: 'OFF', subject: 'Stroom terug' },
      { kind: 'CRISIS_SWITCHED', outcome: 'ON', subject: 'Stroomstoring' },
    ]);
  });
});

describe('the posts crisis mode holds', () => {
  it('lists them for the team while crisis mode is on, and none once it is off', async () => {
    const member = await loggedIn(api, 'MEMBER');
    const editor = await loggedIn(api, 'EDITOR');
    const liaison = await loggedIn(api, 'LIAISON');
    const channel = await makeChannel(api);
    const post = async (title: string) => {
      const { createPost } = await member.client.ok<{ createPost: { id: string; version: number } }>(
        'mutation($i: PostInput!) { createPost(input: $i) { id version } }',
        { i: { channelId: channel.id, title, body: 'Tekst', plannedAt: localTime(20, '10:00') } },
      );
      const { submitPostForReview } = await member.client.ok<{ submitPostForReview: { version: number } }>(
        'mutation($id: ID!, $v: Int!) { submitPostForReview(id: $id, expectedVersion: $v) { version } }',
        { id: createPost.id, v: createPost.version },
      );
      await editor.client.ok(
        'mutation($id: ID!, $v: Int!) { reviewPost(id: $id, expectedVersion: $v, decision: APPROVE) { id } }',
        { id: createPost.id, v: submitPostForReview.version },
      );
      return createPost.id;
    };
    const approved = await post('Kerstmarkt gezellig');
    const draft = (
      await member.client.ok<{ createPost: { id: string } }>(
        'mutation($i: PostInput!) { createPost(input: $i) { id } }',
        { i: { channelId: channel.id, title: 'Concept', body: 'Tekst' } },
      )
    ).createPost.id;
    const CRISIS = 'mutation($a: Boolean!, $r: String!) { setCrisisMode(active: $a, reason: $r) { heldPosts } }';
    const HELD = '{ heldPosts { id title onHold } }';

    const on = await editor.client.ok<{ setCrisisMode: { heldPosts: number } }>(CRISIS, { a: true, r: 'Brand' });
    const { heldPosts } = await member.client.ok<{ heldPosts: { id: string; onHold: boolean }[] }>(HELD);
    expect(heldPosts.map((p) => p.id)).toContain(approved);
    expect(heldPosts.map((p) => p.id)).not.toContain(draft);
    expect(heldPosts).toHaveLength(on.setCrisisMode.heldPosts);
    expect((await liaison.client.gql(HELD)).errors?.[0].extensions.code).toBe('FORBIDDEN');

    await editor.client.ok(CRISIS, { a: false, r: 'Geblust' });
    expect((await member.client.ok<{ heldPosts: unknown[] }>(HELD)).heldPosts).toEqual([]);
  });
});

describe('public holidays of the planning country', () => {
  const HOLIDAYS = 'query($f: Date!, $t: Date!) { holidays(from: $f, to: $t) { date name } }';

  it('lists the Dutch public holidays of a range, named in the asker’s language, for every role', async () => {
    const liaison = await loggedIn(api, 'LIAISON');
    const { holidays } = await liaison.client.ok<{ holidays: { date: string; name: string }[] }>(HOLIDAYS, {
      f: '2031-12-20',
      t: '2032-01-02',
    });
    expect(holidays).toEqual([
      { date: '2031-12-25', name: 'Kerstmis' },
      { date: '2031-12-26', name: 'Tweede kerstdag' },
      { date: '2032-01-01', name: 'Nieuwjaar' },
    ]);
    const english = await loggedIn(api, 'MEMBER', { locale: 'en' });
    expect(
      (await english.client.ok<{ holidays: { name: string }[] }>(HOLIDAYS, { f: '2032-01-01', t: '2032-01-01' }))
        .holidays,
    ).toEqual([{ date: '2032-01-01', name: "New Year's Day" }]);
  });

  it('refuses a range that ends before it starts or is too long', async () => {
    const member = await loggedIn(api, 'MEMBER');
    expect(
      (await member.client.gql(HOLIDAYS, { f: '2032-01-02', t: '2032-01-01' })).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: expect.any(String) } });
    expect(
      (await member.client.gql(HOLIDAYS, { f: '2030-01-01', t: '2034-01-01' })).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: expect.any(String) } });
  });
});

describe('a rubric year of the coming twelve months', () => {
  it('counts the slots of twelve months from the month asked, across the turn of the year', async () => {
    const admin = await loggedIn(api, 'ADMIN');
    const channel = await makeChannel(api);
    const { createRubric } = await admin.client.ok<{ createRubric: { id: string } }>(
      'mutation($i: RubricInput!) { createRubric(input: $i) { id } }',
      {
        i: {
          name: `Maandrubriek ${Date.now()}`,
          channelIds: [channel.id],
          rrule: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1',
          startsOn: '2040-06-01',
          time: '10:00',
        },
      },
    );
    // Slots of the rubric at fixed moments: the first and last local days of the window, and just outside it.
    const at = [
      '2031-11-30T22:59:00Z',
      '2031-11-30T23:00:00Z',
      '2032-05-15T08:00:00Z',
      '2032-11-30T22:59:00Z',
      '2032-11-30T23:00:00Z',
    ];
    await api.db.query(
      `INSERT INTO slots (kind, status, starts_at, rubric_id) SELECT 'RUBRIC', 'OPEN', t::timestamptz, $1 FROM unnest($2::text[]) t`,
      [createRubric.id, at],
    );
    const { rubricYear } = await admin.client.ok<{
      rubricYear: { rubric: { id: string }; months: { year: number; month: number; open: number }[] }[];
    }>('{ rubricYear(year: 2031, fromMonth: 12) { rubric { id } months { year month open } } }');
    const months = rubricYear.find((r) => r.rubric.id === createRubric.id)!.months;
    expect(months.map((m) => `${m.year}-${m.month}:${m.open}`)).toEqual([
      '2031-12:1',
      '2032-1:0',
      '2032-2:0',
      '2032-3:0',
      '2032-4:0',
      '2032-5:1',
      '2032-6:0',
      '2032-7:0',
      '2032-8:0',
      '2032-9:0',
      '2032-10:0',
      '2032-11:1',
    ]);
    expect(
      (await admin.client.gql('{ rubricYear(year: 2031, fromMonth: 13) { months { month } } }')).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: { fromMonth: expect.any(String) } });
  });
});
