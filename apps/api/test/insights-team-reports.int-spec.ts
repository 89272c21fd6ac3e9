import ExcelJS from 'exceljs';
import { Clock } from '@planbord/api-core';
import type { Audience, Channel, Department, Theme, User } from '@planbord/api-identity';
import {
  Client,
  loggedIn,
  makeAudience,
  makeChannel,
  makeDepartment,
  makeTheme,
  startApi,
  type TestApi,
} from './harness';

// March 2032 on the organisation's clock (Europe/Amsterdam): summer time starts on Sunday 28 March.
const MARCH = { from: '2032-03-01T00:00:00+01:00', to: '2032-04-01T00:00:00+02:00' };
const TODAY = new Date('2032-06-15T10:00:00Z');

let api: TestApi;
let member: Client;
let author: User;
let departments: { a: Department; b: Department };
let channels: { c1: Channel; c2: Channel };
let themes: { t1: Theme; t2: Theme };
let audiences: { first: Audience; second: Audience };
let rubricId: string;

const insert = async (table: string, row: Record<string, unknown>): Promise<string> => {
  const keys = Object.keys(row);
  const [{ id }] = (await api.db.query(
    `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(row),
  )) as { id: string }[];
  return id;
};

async function event(fields: Record<string, unknown>, jobs: [role: string, status: string][] = []): Promise<string> {
  const id = await insert('events', { title: 'Activiteit', ends_at: '2032-12-31T00:00:00Z', ...fields });
  for (const [role, status] of jobs)
    await insert('assignments', { role, status, user_id: author.id, event_id: id, estimated_minutes: 60 });
  return id;
}

const slot = (fields: Record<string, unknown>) => insert('slots', { status: 'OPEN', ...fields });

async function post(
  fields: Record<string, unknown>,
  metrics: Record<string, number> | null = null,
  ownThemes: string[] = [],
) {
  const id = await insert('posts', {
    title: 'Bericht',
    body: 'Tekst',
    status: 'PUBLISHED',
    author_id: author.id,
    sibling_group_id: '00000000-0000-4000-8000-000000000000',
    ...fields,
  });
  for (const theme of ownThemes) await api.db.query('INSERT INTO post_themes VALUES ($1, $2)', [id, theme]);
  if (metrics)
    await api.db.query(
      `INSERT INTO post_metrics (post_id, ${Object.keys(metrics).join(', ')}, captured_at, source)
       VALUES ($1, ${Object.keys(metrics).map((_, i) => `$${i + 2}`)}, now(), 'MANUAL')`,
      [id, ...Object.values(metrics)],
    );
  return id;
}

beforeAll(async () => {
  api = await startApi();
  api.app.get(Clock).pin(TODAY);
  ({ client: member, user: author } = await loggedIn(api, 'MEMBER'));
  departments = { a: await makeDepartment(api, 'Afdeling A'), b: await makeDepartment(api, 'Afdeling B') };
  audiences = { first: await makeAudience(api, 'Doelgroep 1'), second: await makeAudience(api, 'Doelgroep 2') };
  channels = { c1: await makeChannel(api, { name: 'Kanaal 1' }), c2: await makeChannel(api, { name: 'Kanaal 2' }) };
  for (const audience of Object.values(audiences))
    await api.db.query('INSERT INTO channel_audiences VALUES ($1, $2)', [channels.c1.id, audience.id]);
  themes = { t1: await makeTheme(api, 'Thema 1'), t2: await makeTheme(api, 'Thema 2') };
  rubricId = await insert('rubrics', {
    name: 'Werk in uitvoering',
    theme_id: themes.t1.id,
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    starts_on: '2032-03-01',
    time: '09:00',
    active: false,
  });

  // Events that start in March: 5 planned (PLANNED or DONE), of which 2 covered.
  await event({ status: 'PLANNED', starts_at: '2032-03-03T10:00:00Z' }, [
    ['COVER', 'ACCEPTED'],
    ['PUBLISH', 'PENDING'],
  ]);
  await event({ status: 'PLANNED', starts_at: '2032-03-04T10:00:00Z' }, [['COVER', 'ACCEPTED']]);
  await event({ status: 'DONE', starts_at: '2032-03-05T10:00:00Z', coverage_not_needed: true });
  await event({ status: 'PLANNED', starts_at: '2032-03-30T10:00:00Z' }, [
    ['COVER', 'ACCEPTED'],
    ['PUBLISH', 'DECLINED'],
  ]);
  await event({ status: 'CANCELLED', starts_at: '2032-03-06T10:00:00Z' }, [
    ['COVER', 'ACCEPTED'],
    ['PUBLISH', 'ACCEPTED'],
  ]);
  await event({ status: 'REQUESTED', starts_at: '2032-03-07T10:00:00Z' });
  // 00:30 on 1 March in Amsterdam is in March; 23:30 on 29 February is not.
  await event({ status: 'PLANNED', starts_at: '2032-02-29T23:30:00Z' });
  await event({ status: 'PLANNED', starts_at: '2032-02-29T22:30:00Z' }, [
    ['COVER', 'ACCEPTED'],
    ['PUBLISH', 'ACCEPTED'],
  ]);

  // Requests that came in during March, for events in May.
  const request = (fields: Record<string, unknown>) =>
    event({ starts_at: '2032-05-20T10:00:00Z', requested_by_id: author.id, ...fields });
  await request({
    status: 'PLANNED',
    department_id: departments.a.id,
    requested_at: '2032-03-02T09:00:00Z',
    response_due_at: '2032-03-05T09:00:00Z',
    decided_at: '2032-03-04T09:00:00Z',
  });
  await request({
    status: 'PLANNED',
    department_id: departments.a.id,
    late: true,
    requested_at: '2032-03-03T09:00:00Z',
    response_due_at: '2032-03-06T09:00:00Z',
    decided_at: '2032-03-09T09:00:00Z',
  });
  await request({
    status: 'REQUESTED',
    department_id: departments.b.id,
    late: true,
    requested_at: '2032-03-10T09:00:00Z',
    response_due_at: '2032-03-13T09:00:00Z',
  });
  await request({
    status: 'REQUESTED',
    department_id: departments.b.id,
    late: true,
    requested_at: '2032-03-30T09:00:00Z',
    response_due_at: '2032-07-01T09:00:00Z',
  });
  await request({
    status: 'DECLINED',
    requested_at: '2032-03-05T09:00:00Z',
    response_due_at: '2032-03-08T09:00:00Z',
    decided_at: '2032-03-05T12:00:00Z',
  });
  await request({ status: 'PLANNED', requested_at: '2032-02-27T09:00:00Z', response_due_at: '2032-03-03T09:00:00Z' });

  // Slots in March: 4 rubric slots (2 filled, 1 skipped), one ad-hoc slot filled and one free.
  const s1 = await slot({ kind: 'RUBRIC', rubric_id: rubricId, status: 'FILLED', starts_at: '2032-03-01T08:00:00Z' });
  const s2 = await slot({ kind: 'RUBRIC', rubric_id: rubricId, status: 'FILLED', starts_at: '2032-03-29T07:00:00Z' });
  await slot({ kind: 'RUBRIC', rubric_id: rubricId, starts_at: '2032-03-08T08:00:00Z' });
  await slot({ kind: 'RUBRIC', rubric_id: rubricId, status: 'SKIPPED', starts_at: '2032-03-15T08:00:00Z' });
  await slot({ kind: 'AD_HOC', status: 'FILLED', starts_at: '2032-03-10T10:00:00Z' });
  await slot({ kind: 'AD_HOC', starts_at: '2032-03-11T10:00:00Z' });
  await slot({ kind: 'RUBRIC', rubric_id: rubricId, starts_at: '2032-04-05T07:00:00Z' });

  // Posts published in March, all on Mondays: 09:00 local before and after the change to summer time.
  await post(
    { channel_id: channels.c1.id, slot_id: s1, published_at: '2032-03-01T08:00:00Z' },
    { reach: 1000, reactions: 10, comments: 5, shares: 2, clicks: 3, saves: 0, impressions: 5000 },
    [themes.t1.id],
  );
  await post(
    { channel_id: channels.c1.id, slot_id: s2, published_at: '2032-03-29T07:00:00Z' },
    { reach: 500, reactions: 4, shares: 1 },
  );
  await post({ channel_id: channels.c2.id, published_at: '2032-03-29T08:00:00Z' }, null, [themes.t1.id, themes.t2.id]);
  await post({ channel_id: channels.c2.id, published_at: '2032-03-15T12:00:00Z' }, { reach: 200, clicks: 10 });
  // 00:30 on 1 April in Amsterdam, and a post not yet published.
  await post({ channel_id: channels.c1.id, published_at: '2032-03-31T22:30:00Z' }, { reach: 9999 });
  await post({ channel_id: channels.c1.id, status: 'SCHEDULED', planned_at: '2032-03-20T10:00:00Z' });

  // Campaigns of 2032 against a budget of €5,000; today is 15 June 2032.
  const campaign = (fields: Record<string, unknown>) => insert('campaigns', { name: 'Campagne', ...fields });
  await campaign({
    name: 'Voorjaar',
    channel_id: channels.c1.id,
    starts_on: '2032-03-01',
    ends_on: '2032-03-31',
    budget_cents: 150_000,
    spent_cents: 120_000,
  });
  await campaign({
    name: 'Zomer',
    channel_id: channels.c2.id,
    starts_on: '2032-06-15',
    ends_on: '2032-07-15',
    budget_cents: 100_000,
  });
  await campaign({
    name: 'Najaar',
    channel_id: channels.c1.id,
    starts_on: '2032-09-01',
    ends_on: '2032-09-30',
    budget_cents: 160_000,
  });
  await campaign({
    name: 'Kerst 2031',
    channel_id: channels.c1.id,
    starts_on: '2031-12-15',
    ends_on: '2032-01-05',
    budget_cents: 999,
  });
  await campaign({
    name: 'Weggegooid',
    channel_id: channels.c1.id,
    starts_on: '2032-05-01',
    ends_on: '2032-05-02',
    budget_cents: 50_000,
    deleted_at: '2032-04-01T00:00:00Z',
  });
  await insert('ads_budgets', { year: 2032, budget_cents: 500_000 });
  await insert('ads_budgets', { year: 2033, budget_cents: 100_000 });
  await campaign({
    name: 'Overbesteed',
    channel_id: channels.c2.id,
    starts_on: '2033-01-10',
    ends_on: '2033-01-20',
    budget_cents: 50_000,
    spent_cents: 100_000,
  });
});
afterAll(async () => {
  await api?.close();
});

const PLANNING = `query($from: DateTime!, $to: DateTime!) { planningReport(from: $from, to: $to) {
  eventsPlanned eventsCovered coveredShare rubricSlots slotsFilled slotsSkipped filledShare publications freeRoomSlots
  freeRoomShare freeRoomTargetShare requests requestsAnsweredInTime requestsPending answeredInTimeShare
  departments { department { name } requests late } } }`;
const ENGAGEMENT = `query($from: DateTime!, $to: DateTime!, $groupBy: EngagementGroup!) {
  engagementReport(from: $from, to: $to, groupBy: $groupBy) {
    key channel { name } theme { name } rubric { name } audience { name } weekday hour
    posts postsWithMetrics reach interactions interactionsPerPost } }`;
const ADS = `query($year: Int!) { adsReport(year: $year) {
  year budgetCents plannedCents committedCents spentCents warning
  channels { channel { name } campaigns budgetCents spentCents } campaigns { name startsOn budgetCents } } }`;

describe('planningReport', () => {
  it('counts the month’s planned events and their coverage, rubric slots, free room and requests', async () => {
    const { planningReport } = await member.ok<{ planningReport: Record<string, unknown> }>(PLANNING, MARCH);
    expect(planningReport).toEqual({
      eventsPlanned: 5,
      eventsCovered: 2,
      coveredShare: 0.4,
      rubricSlots: 4,
      slotsFilled: 2,
      slotsSkipped: 1,
      filledShare: 2 / 3,
      // Rubric slots not skipped (3), one event with someone to publish, one ad-hoc slot filled and one free.
      publications: 6,
      freeRoomSlots: 1,
      freeRoomShare: 1 / 6,
      freeRoomTargetShare: 0.2,
      requests: 5,
      requestsAnsweredInTime: 2,
      requestsPending: 1,
      answeredInTimeShare: 0.5,
      departments: [
        { department: { name: 'Afdeling B' }, requests: 2, late: 2 },
        { department: { name: 'Afdeling A' }, requests: 2, late: 1 },
      ],
    });
  });

  it('has no shares for a period without anything in it', async () => {
    const { planningReport } = await member.ok<{ planningReport: Record<string, unknown> }>(PLANNING, {
      from: '2037-01-01T00:00:00Z',
      to: '2037-02-01T00:00:00Z',
    });
    expect(planningReport).toMatchObject({
      eventsPlanned: 0,
      coveredShare: null,
      filledShare: null,
      freeRoomShare: null,
      answeredInTimeShare: null,
      departments: [],
    });
  });
});

describe('engagementReport', () => {
  const rows = async (groupBy: string) =>
    (await member.ok<{ engagementReport: Record<string, unknown>[] }>(ENGAGEMENT, { ...MARCH, groupBy }))
      .engagementReport;
  const figures = (posts: number, withMetrics: number, reach: number, interactions: number) => ({
    posts,
    postsWithMetrics: withMetrics,
    reach,
    interactions,
    interactionsPerPost: withMetrics ? interactions / withMetrics : null,
  });

  it('groups the month’s published posts by channel, absent figures counting 0', async () => {
    expect(await rows('CHANNEL')).toEqual([
      {
        key: channels.c1.id,
        channel: { name: 'Kanaal 1' },
        theme: null,
        rubric: null,
        audience: null,
        weekday: null,
        hour: null,
        ...figures(2, 2, 1500, 25),
      },
      {
        key: channels.c2.id,
        channel: { name: 'Kanaal 2' },
        theme: null,
        rubric: null,
        audience: null,
        weekday: null,
        hour: null,
        ...figures(2, 1, 200, 10),
      },
    ]);
  });

  it('groups by theme (own, else the rubric’s), by rubric and by the channel’s audiences', async () => {
    expect(
      (await rows('THEME')).map((r) => ({
        key: r.key,
        theme: r.theme,
        ...figures(r.posts as number, r.postsWithMetrics as number, r.reach as number, r.interactions as number),
      })),
    ).toEqual([
      { key: themes.t1.id, theme: { name: 'Thema 1' }, ...figures(3, 2, 1500, 25) },
      { key: 'none', theme: null, ...figures(1, 1, 200, 10) },
      { key: themes.t2.id, theme: { name: 'Thema 2' }, ...figures(1, 0, 0, 0) },
    ]);
    expect((await rows('RUBRIC')).map((r) => [r.key, r.rubric, r.posts, r.reach, r.interactionsPerPost])).toEqual([
      [rubricId, { name: 'Werk in uitvoering' }, 2, 1500, 12.5],
      ['none', null, 2, 200, 10],
    ]);
    expect((await rows('AUDIENCE')).map((r) => [r.key, r.audience, r.posts, r.interactions])).toEqual([
      [audiences.first.id, { name: 'Doelgroep 1' }, 2, 25],
      [audiences.second.id, { name: 'Doelgroep 2' }, 2, 25],
      ['none', null, 2, 10],
    ]);
  });

  it('groups by weekday and hour on the organisation’s clock, across the change to summer time', async () => {
    expect((await rows('WEEKDAY_HOUR')).map((r) => [r.key, r.weekday, r.hour, r.posts, r.interactions])).toEqual([
      ['1-9', 1, 9, 2, 25],
      ['1-10', 1, 10, 1, 0],
      ['1-13', 1, 13, 1, 10],
    ]);
  });
});

describe('adsReport', () => {
  it('splits the year’s campaigns into planned and committed by today, and warns from 80 %', async () => {
    const { adsReport } = await member.ok<{ adsReport: Record<string, unknown> }>(ADS, { year: 2032 });
    expect(adsReport).toEqual({
      year: 2032,
      budgetCents: 500_000,
      plannedCents: 160_000,
      committedCents: 250_000,
      spentCents: 120_000,
      // 4,100 of 5,000 euro is 82 %.
      warning: 'NEAR_LIMIT',
      channels: [
        { channel: { name: 'Kanaal 1' }, campaigns: 2, budgetCents: 310_000, spentCents: 120_000 },
        { channel: { name: 'Kanaal 2' }, campaigns: 1, budgetCents: 100_000, spentCents: 0 },
      ],
      campaigns: [
        { name: 'Voorjaar', startsOn: '2032-03-01', budgetCents: 150_000 },
        { name: 'Zomer', startsOn: '2032-06-15', budgetCents: 100_000 },
        { name: 'Najaar', startsOn: '2032-09-01', budgetCents: 160_000 },
      ],
    });
  });

  it('moves with the clock, warns at 100 % of the budget, and by what was spent when that is more', async () => {
    const clock = api.app.get(Clock);
    try {
      clock.pin(new Date('2032-01-01T12:00:00Z'));
      expect((await member.ok<{ adsReport: Record<string, unknown> }>(ADS, { year: 2032 })).adsReport).toMatchObject({
        plannedCents: 410_000,
        committedCents: 0,
      });
    } finally {
      clock.pin(TODAY);
    }
    await api.db.query('UPDATE ads_budgets SET budget_cents = 410000 WHERE year = 2032');
    try {
      expect((await member.ok<{ adsReport: { warning: string } }>(ADS, { year: 2032 })).adsReport.warning).toBe(
        'OVER_LIMIT',
      );
    } finally {
      await api.db.query('UPDATE ads_budgets SET budget_cents = 500000 WHERE year = 2032');
    }
    expect((await member.ok<{ adsReport: Record<string, unknown> }>(ADS, { year: 2033 })).adsReport).toMatchObject({
      committedCents: 0,
      plannedCents: 50_000,
      spentCents: 100_000,
      warning: 'OVER_LIMIT',
    });
    expect((await member.ok<{ adsReport: Record<string, unknown> }>(ADS, { year: 2034 })).adsReport).toMatchObject({
      budgetCents: null,
      plannedCents: 0,
      warning: 'NONE',
      campaigns: [],
    });
  });
});

describe('who may read the reports, and what they take', () => {
  it('keeps them from liaisons and from nobody signed in', async () => {
    const { client: liaison } = await loggedIn(api, 'LIAISON');
    for (const [query, variables] of [
      [PLANNING, MARCH],
      [ENGAGEMENT, { ...MARCH, groupBy: 'CHANNEL' }],
      [ADS, { year: 2032 }],
    ] as const) {
      expect((await liaison.gql(query, variables)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await new Client(api).gql(query, variables)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a period that ends before it starts or is longer than 400 days, and a year out of range', async () => {
    const backwards = await member.gql(PLANNING, { from: MARCH.to, to: MARCH.from });
    expect(backwards.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { to: 'Het einde ligt voor het begin.' },
    });
    const tooLong = await member.gql(ENGAGEMENT, {
      from: '2031-01-01T00:00:00Z',
      to: '2032-03-01T00:00:00Z',
      groupBy: 'THEME',
    });
    expect(tooLong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { to: expect.stringContaining('400') },
    });
    const year = await member.gql(ADS, { year: 1999 });
    expect(year.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { year: expect.stringContaining('2000') },
    });
  });
});

describe('the reports as spreadsheets', () => {
  const download = (client: Client | null, path: string) =>
    fetch(`${api.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  const period = `from=${encodeURIComponent(MARCH.from)}&to=${encodeURIComponent(MARCH.to)}`;
  const csvLines = async (res: Response) => {
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  };

  it('gives the planning report as Dutch CSV, shares as percentages', async () => {
    const res = await download(member, `/export/report/planningReport.csv?${period}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="planningReport-2032-03-01.csv"');
    expect(await csvLines(res)).toEqual([
      'Onderdeel;Aantal;Van;Aandeel (%)',
      'Activiteiten gedekt;2;5;40',
      'Rubriekplekken gevuld (overgeslagen niet meegeteld);2;3;66,7',
      'Rubriekplekken overgeslagen;1;4;25',
      'Vrije ruimte;1;6;16,7',
      'Doel vrije ruimte;;;20',
      'Aanvragen op tijd beantwoord;2;4;50',
      'Aanvragen nog open, niet te laat;1;5;20',
      'Te late aanvragen: Afdeling B;2;2;100',
      'Te late aanvragen: Afdeling A;1;2;50',
    ]);
  });

  it('gives engagement by weekday and hour, in English for an English reader', async () => {
    const { client: english } = await loggedIn(api, 'EDITOR', { locale: 'en' });
    const res = await download(english, `/export/report/engagementReport.csv?${period}&groupBy=WEEKDAY_HOUR`);
    expect(res.status).toBe(200);
    expect(await csvLines(res)).toEqual([
      'Weekday;Hour;Posts;Posts with figures;Reach;Interactions;Interactions per post with figures',
      'Monday;9;2;2;1500;25;12.5',
      'Monday;10;1;0;0;0;',
      'Monday;13;1;1;200;10;10',
    ]);
  });

  it('gives the ads report as a workbook with euros and real dates', async () => {
    const res = await download(member, '/export/report/adsReport.xlsx?year=2032');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="adsReport-2032.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Advertenties')!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Soort', 'Naam', 'Begin', 'Einde', 'Campagnes', 'Budget (€)', 'Besteed (€)']);
    expect(values(2)).toEqual(['Jaarbudget', '2032', '', '', '', 5000, '']);
    expect(values(6)).toEqual(['Waarschuwing', 'bijna op (80 %)', '', '', '', '', '']);
    expect(values(7)).toEqual(['Kanaal', 'Kanaal 1', '', '', 2, 3100, 1200]);
    expect(values(9)).toEqual([
      'Campagne',
      'Voorjaar',
      new Date(Date.UTC(2032, 2, 1)),
      new Date(Date.UTC(2032, 2, 31)),
      '',
      1500,
      1200,
    ]);
    expect(sheet.getRow(9).getCell(3).numFmt).toBe('dd-mm-yyyy');
    expect(sheet.getRow(9).getCell(6).numFmt).toBe('#,##0.00');
    expect(sheet.rowCount).toBe(11);
  });

  it('gives the residents’ theme balance the same way, from its own query', async () => {
    for (const [theme, at] of [
      [themes.t2, '2032-03-02T10:00:00Z'],
      [themes.t2, '2032-03-12T10:00:00Z'],
      [themes.t2, '2032-03-31T21:00:00Z'],
      [themes.t1, '2032-03-20T10:00:00Z'],
      [themes.t1, '2032-04-01T10:00:00Z'],
    ] as const) {
      const id = await insert('signals', { source: 'FACEBOOK', body: 'Een signaal', received_at: at });
      await api.db.query('INSERT INTO signal_themes VALUES ($1, $2)', [id, theme.id]);
    }
    const res = await download(member, `/export/report/themeBalance.csv?${period}`);
    expect(res.status).toBe(200);
    expect(await csvLines(res)).toEqual([
      'Thema;Signalen;Aandeel signalen (%);Berichten;Aandeel berichten (%);Verschil (procentpunt)',
      'Thema 2;3;75;1;25;50',
      'Thema 1;1;25;3;75;-50',
    ]);
  });

  it('answers a wrong name, type, period or grouping with 400, a liaison with 403', async () => {
    const wrongName = await download(member, `/export/report/salaries.csv?${period}`);
    expect(wrongName.status).toBe(400);
    expect((await wrongName.json()).error).toMatch(/no report "salaries"/);
    expect((await download(member, `/export/report/planningReport.pdf?${period}`)).status).toBe(400);
    expect((await download(member, `/export/report/planningReport?${period}`)).status).toBe(400);
    const backwards = await download(
      member,
      `/export/report/planningReport.csv?from=${encodeURIComponent(MARCH.to)}&to=${encodeURIComponent(MARCH.from)}`,
    );
    expect(backwards.status).toBe(400);
    expect(await backwards.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { to: 'Het einde ligt voor het begin.' },
    });
    const missing = await download(member, `/export/report/engagementReport.csv?from=gisteren`);
    expect(await missing.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { from: { code: 'invalidDate' }, to: { code: 'required' }, groupBy: { code: 'required' } },
    });
    expect((await download(member, '/export/report/adsReport.csv?year=twintig')).status).toBe(400);
    const { client: liaison } = await loggedIn(api, 'LIAISON');
    expect((await download(liaison, `/export/report/planningReport.csv?${period}`)).status).toBe(403);
    expect((await download(null, `/export/report/planningReport.csv?${period}`)).status).toBe(401);
  });
});
