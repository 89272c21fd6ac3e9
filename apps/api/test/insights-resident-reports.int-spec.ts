import { randomUUID } from 'node:crypto';
import { Clock } from '@planbord/api-core';
import type { User } from '@planbord/api-identity';
import {
  Client,
  loggedIn,
  makeChannel,
  makeDepartment,
  makeTheme,
  startApi,
  type GraphQLResponse,
  type TestApi,
} from './harness';

// March 2031, far from today, crossing the change to summer time on Sunday 30 March. Office hours are the default
// Monday to Friday 08:30–17:00; March 2031 has no Dutch public holiday.
const FROM = '2031-03-01T00:00:00+01:00';
const TO = '2031-04-01T00:00:00+02:00';

let api: TestApi;
let editor: Client;
let member: Client;
let liaison: Client;
let author: User;
const theme: Record<'A' | 'B' | 'C' | 'D', { id: string; name: string }> = {} as never;
const signal: Record<string, string> = {};

interface SignalFixture {
  source?: string;
  receivedAt: string;
  needsReply?: boolean;
  due?: string;
  reply?: { sentAt: string; minutes: number; officeMinutes: number };
  handle?: string;
  name?: string;
  themes?: (keyof typeof theme)[];
}

/** A signal as the newsroom stores it, with its first reply's minutes as the newsroom counts them. */
async function makeSignal(key: string, s: SignalFixture): Promise<void> {
  const [{ id }] = await api.db.query(
    `INSERT INTO signals (source, body, received_at, needs_reply, first_reply_at, first_reply_due_at, author_handle,
       author_name) VALUES ($1, 'Een bericht', $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      s.source ?? 'FACEBOOK',
      s.receivedAt,
      s.needsReply ?? true,
      s.reply?.sentAt ?? null,
      s.needsReply === false ? null : (s.due ?? null),
      s.handle ?? null,
      s.name ?? null,
    ],
  );
  signal[key] = id;
  if (s.reply) {
    await api.db.query(
      `INSERT INTO replies (signal_id, body, author_id, sent_at, minutes, office_minutes)
       VALUES ($1, 'Dank voor uw bericht', $2, $3, $4, $5)`,
      [id, author.id, s.reply.sentAt, s.reply.minutes, s.reply.officeMinutes],
    );
    // A later reply does not count: the report takes each signal's first.
    await api.db.query(
      `INSERT INTO replies (signal_id, body, author_id, sent_at, minutes, office_minutes)
       VALUES ($1, 'Nog een antwoord', $2, $3::timestamptz + interval '3 days', 99999, 99999)`,
      [id, author.id, s.reply.sentAt],
    );
  }
  for (const t of s.themes ?? [])
    await api.db.query('INSERT INTO signal_themes (signal_id, theme_id) VALUES ($1, $2)', [id, theme[t].id]);
}

async function makeAction(signalKey: string, kind: string, status = 'OPEN'): Promise<void> {
  await api.db.query('INSERT INTO newsroom_actions (kind, status, signal_id, created_by_id) VALUES ($1, $2, $3, $4)', [
    kind,
    status,
    signal[signalKey],
    author.id,
  ]);
}

/** A published post, with its own themes, an event, a signal and figures as given. */
async function makePost(p: {
  channelId: string;
  publishedAt: string;
  themes?: (keyof typeof theme)[];
  eventId?: string;
  signalId?: string;
  metrics?: { comments: number | null; shares: number | null };
}): Promise<void> {
  const [{ id }] = await api.db.query(
    `INSERT INTO posts (title, body, channel_id, status, author_id, sibling_group_id, published_at, event_id, signal_id)
     VALUES ('Bericht', 'Tekst', $1, 'PUBLISHED', $2, $3, $4, $5, $6) RETURNING id`,
    [p.channelId, author.id, randomUUID(), p.publishedAt, p.eventId ?? null, p.signalId ?? null],
  );
  for (const t of p.themes ?? [])
    await api.db.query('INSERT INTO post_themes (post_id, theme_id) VALUES ($1, $2)', [id, theme[t].id]);
  if (p.metrics)
    await api.db.query(
      `INSERT INTO post_metrics (post_id, comments, shares, captured_at, source) VALUES ($1, $2, $3, $4, 'MANUAL')`,
      [id, p.metrics.comments, p.metrics.shares, p.publishedAt],
    );
}

const RECORD_HOURS = `mutation($m: Date!, $h: Float!, $v: Int) {
  recordTeamHours(month: $m, hours: $h, expectedVersion: $v) { month hours version } }`;

beforeAll(async () => {
  api = await startApi();
  const e = await loggedIn(api, 'EDITOR');
  editor = e.client;
  author = e.user;
  member = (await loggedIn(api, 'MEMBER')).client;
  liaison = (await loggedIn(api, 'LIAISON')).client;
  theme.A = await makeTheme(api, 'Verkeer 2031');
  theme.B = await makeTheme(api, 'Afval 2031');
  theme.C = await makeTheme(api, 'Zorg 2031');
  theme.D = await makeTheme(api, 'Cultuur 2031');

  // Facebook. Sorted first-reply minutes: 30, 60, 300, 780, 900, 2760; office minutes: 0, 30, 30, 60, 90, 300.
  await makeSignal('s1', {
    receivedAt: '2031-03-03T10:00:00+01:00',
    due: '2031-03-03T14:00:00+01:00',
    reply: { sentAt: '2031-03-03T10:30:00+01:00', minutes: 30, officeMinutes: 30 },
    handle: 'anna',
    themes: ['A'],
  });
  // Monday 18:00: out of hours; the same resident as s1 (handles compare without case).
  await makeSignal('s2', {
    receivedAt: '2031-03-03T18:00:00+01:00',
    due: '2031-03-04T12:30:00+01:00',
    reply: { sentAt: '2031-03-04T09:00:00+01:00', minutes: 900, officeMinutes: 30 },
    handle: 'Anna',
    themes: ['A', 'B'],
  });
  // Saturday: out of hours.
  await makeSignal('s3', {
    receivedAt: '2031-03-08T12:00:00+01:00',
    due: '2031-03-10T12:30:00+01:00',
    reply: { sentAt: '2031-03-10T10:00:00+01:00', minutes: 2760, officeMinutes: 90 },
    name: 'Bram Bos',
    themes: ['A'],
  });
  // Answered after its due time; no author data.
  await makeSignal('s4', {
    receivedAt: '2031-03-04T09:00:00+01:00',
    due: '2031-03-04T13:00:00+01:00',
    reply: { sentAt: '2031-03-04T14:00:00+01:00', minutes: 300, officeMinutes: 300 },
    themes: ['B'],
  });
  await makeSignal('s5', { receivedAt: '2031-03-05T11:00:00+01:00', needsReply: false, handle: 'koen', themes: ['C'] });
  // 16:59 is still office time; never answered; no author data.
  await makeSignal('s6', { receivedAt: '2031-03-06T16:59:00+01:00', due: '2031-03-07T12:29:00+01:00' });
  // Saturday 22:00 in winter time, answered Sunday 12:00 in summer time: 13 hours, not 14.
  await makeSignal('s7', {
    receivedAt: '2031-03-29T22:00:00+01:00',
    due: '2031-03-31T12:30:00+02:00',
    reply: { sentAt: '2031-03-30T12:00:00+02:00', minutes: 780, officeMinutes: 0 },
    handle: 'dirk',
    themes: ['A'],
  });
  // Monday 08:45 summer time is office time (06:45 in UTC would not be); 60 minutes falls in "1-4h".
  await makeSignal('s8', {
    receivedAt: '2031-03-31T08:45:00+02:00',
    due: '2031-03-31T12:45:00+02:00',
    reply: { sentAt: '2031-03-31T09:45:00+02:00', minutes: 60, officeMinutes: 60 },
    handle: 'esra',
  });
  await makeSignal('e1', {
    source: 'EMAIL',
    receivedAt: '2031-03-04T10:00:00+01:00',
    due: '2031-03-06T10:00:00+01:00',
    reply: { sentAt: '2031-03-04T12:00:00+01:00', minutes: 120, officeMinutes: 120 },
    name: 'Floor Kok',
  });
  // Before the period: only in the growth model's 90 days.
  await makeSignal('e2', {
    source: 'EMAIL',
    receivedAt: '2031-02-28T23:30:00+01:00',
    due: '2031-03-04T17:00:00+01:00',
    name: 'Gijs',
    themes: ['C'],
  });
  await makeAction('s1', 'SOCIAL_POST');
  await makeAction('s2', 'MONITOR');
  await makeAction('s3', 'INFORM_COLLEAGUE');
  await makeAction('s3', 'MONITOR');
  await makeAction('s4', 'REQUEST_DATA', 'CANCELLED');
  await makeAction('e2', 'UPDATE_WEBSITE');

  const facebook = await makeChannel(api);
  const website = await makeChannel(api, { kind: 'WEBSITE' });
  const department = await makeDepartment(api);
  const { createEvent } = await editor.ok<{ createEvent: { id: string } }>(
    'mutation($i: EventInput!) { createEvent(input: $i) { id } }',
    {
      i: {
        title: 'Opschoondag 2031',
        startsAt: '2031-03-15T10:00:00+01:00',
        endsAt: '2031-03-15T12:00:00+01:00',
        departmentId: department.id,
        themeIds: [theme.B.id],
      },
    },
  );
  // The department asked for it in February: one requesting department in the growth model's window.
  await api.db.query(`UPDATE events SET requested_at = '2031-02-15T10:00:00+01:00' WHERE id = $1`, [createEvent.id]);
  await makePost({
    channelId: facebook.id,
    publishedAt: '2031-03-05T12:00:00+01:00',
    themes: ['A'],
    signalId: signal.s1,
    metrics: { comments: 10, shares: 5 },
  });
  // No themes of its own: the event's.
  await makePost({
    channelId: facebook.id,
    publishedAt: '2031-03-16T12:00:00+01:00',
    eventId: createEvent.id,
    metrics: { comments: 3, shares: null },
  });
  await makePost({ channelId: website.id, publishedAt: '2031-03-31T23:59:00+02:00', themes: ['B'] });
  await makePost({
    channelId: website.id,
    publishedAt: '2031-02-10T12:00:00+01:00',
    themes: ['A'],
    metrics: { comments: 100, shares: 0 },
  });

  await editor.ok(RECORD_HOURS, { m: '2031-02-01', h: 100 });
  await editor.ok(RECORD_HOURS, { m: '2031-03-17', h: 124 });
  await editor.ok(RECORD_HOURS, { m: '2031-04-01', h: 90 });
});
afterAll(async () => {
  await api.close();
});

function fieldsOf(res: GraphQLResponse): Record<string, string> {
  expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  return res.errors![0].extensions.fields as Record<string, string>;
}

describe('theme balance', () => {
  const QUERY = `query($f: DateTime!, $t: DateTime!) { themeBalance(from: $f, to: $t) {
    theme { name } signals signalShare posts postShare gap } }`;
  type Row = {
    theme: { name: string };
    signals: number;
    signalShare: number;
    posts: number;
    postShare: number;
    gap: number;
  };

  it('compares the themes residents raise with the themes we publish on, shares summing to 1 per column', async () => {
    const { themeBalance } = await member.ok<{ themeBalance: Row[] }>(QUERY, { f: FROM, t: TO });
    // Signal labels: A 4, B 2, C 1 (7); post labels: A 1, B 2 (one through its event) (3). D has neither.
    expect(themeBalance.map((r) => [r.theme.name, r.signals, r.posts])).toEqual([
      ['Verkeer 2031', 4, 1],
      ['Afval 2031', 2, 2],
      ['Zorg 2031', 1, 0],
    ]);
    const [a, b, c] = themeBalance;
    expect(a.signalShare).toBeCloseTo(4 / 7, 12);
    expect(a.postShare).toBeCloseTo(1 / 3, 12);
    expect(a.gap).toBeCloseTo(5 / 21, 12);
    expect(b.gap).toBeCloseTo(-8 / 21, 12);
    expect(c.gap).toBeCloseTo(1 / 7, 12);
    expect(themeBalance.reduce((sum, r) => sum + r.signalShare, 0)).toBeCloseTo(1, 12);
    expect(themeBalance.reduce((sum, r) => sum + r.postShare, 0)).toBeCloseTo(1, 12);
  });

  it('answers nothing for a period without signals or posts', async () => {
    const { themeBalance } = await member.ok<{ themeBalance: Row[] }>(QUERY, {
      f: '2031-06-01T00:00:00+02:00',
      t: '2031-07-01T00:00:00+02:00',
    });
    expect(themeBalance).toEqual([]);
  });
});

describe('webcare report', () => {
  const QUERY = `query($f: DateTime!, $t: DateTime!) { webcareReport(from: $f, to: $t) {
    source signals answered withinNorm withinNormShare medianMinutes medianOfficeMinutes p90Minutes outOfHoursShare
    buckets { label count } } }`;

  it('gives per source the first replies’ median and p90 (percentile_cont), norm, out-of-hours share and buckets', async () => {
    const { webcareReport } = await member.ok<{ webcareReport: Record<string, unknown>[] }>(QUERY, { f: FROM, t: TO });
    expect(webcareReport).toEqual([
      {
        source: 'FACEBOOK',
        signals: 8,
        answered: 6,
        withinNorm: 5,
        // s5 needs no reply: 5 of the 7 that do.
        withinNormShare: 5 / 7,
        // 30, 60, 300, 780, 900, 2760: halfway between 300 and 780; p90 at position 4.5, halfway 900 and 2760.
        medianMinutes: 540,
        // 0, 30, 30, 60, 90, 300: halfway between 30 and 60.
        medianOfficeMinutes: 45,
        p90Minutes: 1830,
        // Monday 18:00, Saturday noon and Saturday 22:00 of 8.
        outOfHoursShare: 3 / 8,
        buckets: [
          { label: '0-1h', count: 1 },
          { label: '1-4h', count: 1 },
          { label: '4-8h', count: 1 },
          { label: '8-24h', count: 2 },
          { label: '24h+', count: 1 },
        ],
      },
      {
        source: 'EMAIL',
        signals: 1,
        answered: 1,
        withinNorm: 1,
        withinNormShare: 1,
        medianMinutes: 120,
        medianOfficeMinutes: 120,
        p90Minutes: 120,
        outOfHoursShare: 0,
        buckets: [
          { label: '0-1h', count: 0 },
          { label: '1-4h', count: 1 },
          { label: '4-8h', count: 0 },
          { label: '8-24h', count: 0 },
          { label: '24h+', count: 0 },
        ],
      },
    ]);
  });

  it('counts a signal on a public holiday as out of hours', async () => {
    // Tuesday 1 April is a working day, Easter Monday 14 April 2031 is not.
    await makeSignal('h1', { receivedAt: '2031-04-01T10:00:00+02:00', due: '2031-04-01T14:00:00+02:00' });
    await makeSignal('h2', { receivedAt: '2031-04-14T10:00:00+02:00', due: '2031-04-15T12:30:00+02:00' });
    const { webcareReport } = await member.ok<{ webcareReport: { outOfHoursShare: number; medianMinutes: null }[] }>(
      QUERY,
      { f: '2031-04-01T00:00:00+02:00', t: '2031-05-01T00:00:00+02:00' },
    );
    expect(webcareReport).toMatchObject([{ signals: 2, answered: 0, outOfHoursShare: 0.5, medianMinutes: null }]);
  });
});

describe('Return on Participation', () => {
  const QUERY = `query($f: DateTime!, $t: DateTime!) { participationReport(from: $f, to: $t) {
    residentsHeard signalsAnswered answeredWithinNorm conversations signalsActedOn teamHours returnOnParticipation
    formula } }`;

  it('counts residents, answers, conversations and signals acted on per team hour, with its formula in Dutch', async () => {
    const { participationReport } = await member.ok<{ participationReport: Record<string, unknown> }>(QUERY, {
      f: FROM,
      t: TO,
    });
    expect(participationReport).toEqual({
      // anna (twice), Bram Bos, koen, dirk, esra, Floor Kok, and two signals without author data.
      residentsHeard: 8,
      signalsAnswered: 7,
      answeredWithinNorm: 6,
      // 10 + 5 and 3 on March's posts; February's 100 are not in the period.
      conversations: 18,
      // s1 (a post) and s3 (a colleague told); not s2 (only MONITOR) nor s4 (cancelled).
      signalsActedOn: 2,
      teamHours: 124,
      returnOnParticipation: (8 + 18 + 2) / 124,
      formula: '(inwoners gehoord + gesprekken + signalen opgepakt) ÷ teamuren',
    });
  });

  it('prorates each month’s hours by the part of it the period covers, summer time included', async () => {
    const { participationReport } = await member.ok<{ participationReport: { teamHours: number } }>(QUERY, {
      f: '2031-03-16T00:00:00+01:00',
      t: '2031-04-16T00:00:00+02:00',
    });
    // March has 743 hours (one lost to summer time), 383 of them from the 16th; half of April's 720.
    expect(participationReport.teamHours).toBeCloseTo((124 * 383) / 743 + 90 / 2, 9);
  });

  it('has no ratio without team hours, and speaks English to an English reader', async () => {
    const english = (await loggedIn(api, 'MEMBER', { locale: 'en' })).client;
    const { participationReport } = await english.ok<{ participationReport: Record<string, unknown> }>(QUERY, {
      f: '2030-03-01T00:00:00+01:00',
      t: '2030-04-01T00:00:00+02:00',
    });
    expect(participationReport).toEqual({
      residentsHeard: 0,
      signalsAnswered: 0,
      answeredWithinNorm: 0,
      conversations: 0,
      signalsActedOn: 0,
      teamHours: 0,
      returnOnParticipation: null,
      formula: '(residents heard + conversations + signals acted on) ÷ team hours',
    });
  });
});

describe('growth model', () => {
  const QUERY = 'query { growthModel { phase indicators { key label value threshold met phase } } }';
  const SETTINGS = 'query { insightsSettings { version thresholds { key value defaultValue } } }';
  const UPDATE = `mutation($v: Int!, $t: [GrowthThresholdInput!]!) {
    updateInsightsSettings(expectedVersion: $v, thresholds: $t) { version thresholds { key label value defaultValue } } }`;
  type Indicator = { key: string; label: string; value: number | null; threshold: number; met: boolean; phase: string };

  async function setThresholds(thresholds: Record<string, number>): Promise<void> {
    const { insightsSettings } = await member.ok<{ insightsSettings: { version: number } }>(SETTINGS);
    await editor.ok(UPDATE, {
      v: insightsSettings.version,
      t: Object.entries(thresholds).map(([key, value]) => ({ key, value })),
    });
  }

  beforeAll(() => {
    // The 90 days before 1 April 2031: January 1 (22:00 UTC) up to the end of March.
    api.app.get(Clock).pin(new Date('2031-04-01T00:00:00+02:00'));
  });
  afterAll(() => api.app.get(Clock).pin(null));

  it('measures the team’s last 90 days and stays DISCOVERS under the default thresholds', async () => {
    const { growthModel } = await member.ok<{ growthModel: { phase: string; indicators: Indicator[] } }>(QUERY);
    const values = Object.fromEntries(growthModel.indicators.map((i) => [i.key, i.value]));
    expect(values).toEqual({
      postsPerMonth: 4 / 3,
      activeChannels: 2,
      postsWithFiguresShare: 0.75,
      themesPublished: 2,
      // 9 needed a reply (s5 did not; e2 and s6 got none), 7 were answered, 6 in time.
      answeredShare: 7 / 9,
      withinNormShare: 6 / 9,
      // (15 + 3 + 100) over the 3 posts with figures.
      conversationsPerPost: 118 / 3,
      // s1, s3 and e2 of 10 signals.
      actedOnShare: 3 / 10,
      postsFromSignals: 1,
      requestingDepartments: 1,
    });
    expect(growthModel.indicators[0]).toEqual({
      key: 'postsPerMonth',
      label: 'Gepubliceerde berichten per maand',
      value: 4 / 3,
      threshold: 8,
      met: false,
      phase: 'DISCOVERS',
    });
    expect(growthModel.phase).toBe('DISCOVERS');
  });

  it('climbs with the thresholds the editors set, and only as far as every earlier phase is met', async () => {
    await setThresholds({
      postsPerMonth: 1,
      postsWithFiguresShare: 0.75,
      themesPublished: 2,
      answeredShare: 0.7,
      withinNormShare: 0.6,
    });
    let { growthModel } = await member.ok<{ growthModel: { phase: string; indicators: Indicator[] } }>(QUERY);
    expect(growthModel.indicators.filter((i) => !i.met).map((i) => i.key)).toEqual([
      'postsFromSignals',
      'requestingDepartments',
    ]);
    expect(growthModel.phase).toBe('CONVERSES');

    await setThresholds({ postsFromSignals: 1, requestingDepartments: 1 });
    ({ growthModel } = await member.ok<{ growthModel: { phase: string; indicators: Indicator[] } }>(QUERY));
    expect(growthModel.phase).toBe('NETWORKS');

    // Every later phase met, the first not: still DISCOVERS.
    await setThresholds({ activeChannels: 3 });
    ({ growthModel } = await member.ok<{ growthModel: { phase: string; indicators: Indicator[] } }>(QUERY));
    expect(growthModel.phase).toBe('DISCOVERS');
    await setThresholds({ activeChannels: 2 });
  });
});

describe('settings and team hours', () => {
  it('lists every threshold with its default, refuses unknown keys, bad values and an old version', async () => {
    const { insightsSettings } = await member.ok<{
      insightsSettings: { version: number; thresholds: { key: string; value: number; defaultValue: number }[] };
    }>('query { insightsSettings { version thresholds { key value defaultValue } } }');
    expect(insightsSettings.thresholds).toHaveLength(10);
    expect(insightsSettings.thresholds.find((t) => t.key === 'answeredShare')?.defaultValue).toBe(0.8);
    const UPDATE = `mutation($v: Int!, $t: [GrowthThresholdInput!]!) {
      updateInsightsSettings(expectedVersion: $v, thresholds: $t) { version } }`;
    const v = insightsSettings.version;
    expect(fieldsOf(await editor.gql(UPDATE, { v, t: [{ key: 'likes', value: 1 }] }))).toHaveProperty([
      'thresholds.0.key',
    ]);
    expect(
      fieldsOf(
        await editor.gql(UPDATE, {
          v,
          t: [
            { key: 'postsPerMonth', value: 3 },
            { key: 'answeredShare', value: -0.1 },
          ],
        }),
      ),
    ).toHaveProperty(['thresholds.1.value']);
    expect(fieldsOf(await editor.gql(UPDATE, { v, t: [{ key: 'answeredShare', value: 1.5 }] }))).toHaveProperty([
      'thresholds.0.value',
    ]);
    expect((await editor.gql(UPDATE, { v: v - 1, t: [] })).errors?.[0].extensions.code).toBe('VERSION_CONFLICT');
    expect((await member.gql(UPDATE, { v, t: [] })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('records a month’s hours once, and changes them only with the current version', async () => {
    const { teamHours } = await member.ok<{ teamHours: { month: string; hours: number; version: number }[] }>(
      'query { teamHours(year: 2031) { month hours version } }',
    );
    expect(teamHours).toEqual([
      { month: '2031-02-01', hours: 100, version: 1 },
      { month: '2031-03-01', hours: 124, version: 1 },
      { month: '2031-04-01', hours: 90, version: 1 },
    ]);
    expect((await editor.gql(RECORD_HOURS, { m: '2031-04-10', h: 80 })).errors?.[0].extensions.code).toBe(
      'VERSION_CONFLICT',
    );
    const { recordTeamHours } = await editor.ok<{ recordTeamHours: { hours: number; version: number } }>(RECORD_HOURS, {
      m: '2031-04-10',
      h: 96,
      v: 1,
    });
    expect(recordTeamHours).toEqual({ month: '2031-04-01', hours: 96, version: 2 });
    await editor.ok(RECORD_HOURS, { m: '2031-04-01', h: 90, v: 2 });
    expect(fieldsOf(await editor.gql(RECORD_HOURS, { m: '2031-05-01', h: -1 }))).toHaveProperty('hours');
    expect(fieldsOf(await member.gql('query { teamHours(year: 1999) { month } }'))).toHaveProperty('year');
    expect((await member.gql(RECORD_HOURS, { m: '2031-05-01', h: 1 })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('who may read and what a period is', () => {
  const REPORTS = [
    'query($f: DateTime!, $t: DateTime!) { themeBalance(from: $f, to: $t) { signals } }',
    'query($f: DateTime!, $t: DateTime!) { webcareReport(from: $f, to: $t) { signals } }',
    'query($f: DateTime!, $t: DateTime!) { participationReport(from: $f, to: $t) { teamHours } }',
  ];

  it('refuses the reports, settings and hours to a liaison', async () => {
    for (const query of REPORTS)
      expect((await liaison.gql(query, { f: FROM, t: TO })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    for (const query of [
      'query { growthModel { phase } }',
      'query { insightsSettings { version } }',
      'query { teamHours(year: 2031) { month } }',
    ])
      expect((await liaison.gql(query)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a period that ends before it starts or runs longer than the reports answer for', async () => {
    for (const query of REPORTS) {
      expect(fieldsOf(await member.gql(query, { f: TO, t: FROM }))).toHaveProperty('to');
      expect(
        fieldsOf(await member.gql(query, { f: '2031-01-01T00:00:00+01:00', t: '2034-01-01T00:00:00+01:00' })),
      ).toHaveProperty('to');
    }
  });
});
