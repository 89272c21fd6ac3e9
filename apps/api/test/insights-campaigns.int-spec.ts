import { randomUUID } from 'node:crypto';
import { Clock } from '@planbord/api-core';
import type { Channel, User } from '@planbord/api-identity';
import { seedCampaignsDemo } from '../src/seed/insights-campaigns-seed';
import { seedDemo } from '../src/seed/demo-seed';
import { seedPlanningDemo } from '../src/seed/planning-seed';
import { seedPublishingDemo } from '../src/seed/publishing-seed';
import { Client, loggedIn, makeChannel, ORG_TIME_ZONE, startApi, type TestApi } from './harness';

// Campaigns of 2033, with the server's today pinned in that year so "started" does not depend on the day of the run.
const TODAY = new Date('2033-06-15T10:00:00Z');

let api: TestApi;
let editor: Client;
let member: Client;
let liaison: Client;
let author: User;
let facebook: Channel;
let instagram: Channel;

const CAMPAIGN = `id version name startsOn endsOn budgetCents spentCents results channel { id name } posts { id title }`;
const CREATE = `mutation($i: CampaignInput!, $k: String) { createCampaign(input: $i, idempotencyKey: $k) { ${CAMPAIGN} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $p: CampaignPatch!) { updateCampaign(id: $id, expectedVersion: $v, patch: $p) { ${CAMPAIGN} } }`;
const DELETE = 'mutation($id: ID!, $v: Int!) { deleteCampaign(id: $id, expectedVersion: $v) }';
const LIST = `query($y: Int!) { campaigns(year: $y) { ${CAMPAIGN} } }`;
const SET_BUDGET = `mutation($y: Int!, $c: Int!, $v: Int) { setAdsBudget(year: $y, budgetCents: $c, expectedVersion: $v) { id year budgetCents version } }`;

interface CampaignResult {
  id: string;
  version: number;
  name: string;
  startsOn: string;
  endsOn: string;
  budgetCents: number;
  spentCents: number;
  results: string | null;
  channel: { id: string; name: string };
  posts: { id: string; title: string }[];
}

async function post(fields: Record<string, unknown>): Promise<string> {
  const row = {
    title: 'Bericht',
    body: 'Tekst',
    status: 'PUBLISHED',
    author_id: author.id,
    sibling_group_id: randomUUID(),
    published_at: '2033-05-02T10:00:00Z',
    ...fields,
  };
  const keys = Object.keys(row);
  const [{ id }] = (await api.db.query(
    `INSERT INTO posts (${keys.join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(row),
  )) as { id: string }[];
  return id;
}

const input = (fields: Record<string, unknown> = {}) => ({
  name: 'Zomerfestival',
  channelId: facebook.id,
  startsOn: '2033-07-01',
  endsOn: '2033-07-31',
  budgetCents: 150_000,
  ...fields,
});

const fieldsOf = (res: { errors?: { extensions: Record<string, unknown> }[] }) => {
  expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  return Object.keys(res.errors![0].extensions.fields as Record<string, string>).sort();
};

beforeAll(async () => {
  api = await startApi();
  api.app.get(Clock).pin(TODAY);
  ({ client: editor, user: author } = await loggedIn(api, 'EDITOR'));
  ({ client: member } = await loggedIn(api, 'MEMBER'));
  ({ client: liaison } = await loggedIn(api, 'LIAISON'));
  facebook = await makeChannel(api, { name: 'Facebook gemeente', kind: 'FACEBOOK' });
  instagram = await makeChannel(api, { name: 'Instagram gemeente', kind: 'INSTAGRAM' });
});

afterAll(() => api.close());

describe('campaigns', () => {
  it('are created with their posts, listed in the year they start and audited', async () => {
    const later = await post({ channel_id: facebook.id, title: 'Later', published_at: '2033-07-10T10:00:00Z' });
    const planned = await post({
      channel_id: facebook.id,
      title: 'Gepland',
      status: 'SCHEDULED',
      published_at: null,
      planned_at: '2033-07-20T10:00:00Z',
    });
    const earlier = await post({ channel_id: facebook.id, title: 'Eerder', published_at: '2033-07-02T10:00:00Z' });
    const { createCampaign } = await editor.ok<{ createCampaign: CampaignResult }>(CREATE, {
      i: input({ postIds: [later, planned, earlier], spentCents: 2_500, results: '  Veel nieuwe volgers  ' }),
    });
    expect(createCampaign).toMatchObject({
      name: 'Zomerfestival',
      startsOn: '2033-07-01',
      endsOn: '2033-07-31',
      budgetCents: 150_000,
      spentCents: 2_500,
      results: 'Veel nieuwe volgers',
      channel: { id: facebook.id },
      posts: [{ title: 'Eerder' }, { title: 'Later' }, { title: 'Gepland' }],
    });
    await editor.ok(CREATE, { i: input({ name: 'Voorjaar', startsOn: '2033-03-01', endsOn: '2033-03-10' }) });
    await editor.ok(CREATE, { i: input({ name: 'Oud en nieuw', startsOn: '2032-12-20', endsOn: '2033-01-02' }) });

    const { campaigns } = await member.ok<{ campaigns: CampaignResult[] }>(LIST, { y: 2033 });
    expect(campaigns.map((c) => c.name)).toEqual(['Voorjaar', 'Zomerfestival']);
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'Campaign' AND entity_id = $1`,
      [createCampaign.id],
    );
    expect(n).toBe(1);
    const { campaign } = await member.ok<{ campaign: CampaignResult | null }>(
      `query($id: ID!) { campaign(id: $id) { name } }`,
      { id: createCampaign.id },
    );
    expect(campaign).toEqual({ name: 'Zomerfestival' });
  });

  it('refuse a missing or too long name, an end before the start, negative or broken amounts, and unknown channels, by field', async () => {
    expect(
      fieldsOf(
        await editor.gql(CREATE, {
          i: input({ name: ' ', endsOn: '2033-06-30', budgetCents: -1, spentCents: -5, channelId: randomUUID() }),
        }),
      ),
    ).toEqual(['budgetCents', 'channelId', 'endsOn', 'name', 'spentCents']);
    expect(fieldsOf(await editor.gql(CREATE, { i: input({ name: 'x'.repeat(201) }) }))).toEqual(['name']);
    expect(fieldsOf(await editor.gql(CREATE, { i: input({ startsOn: '2033-02-30' }) }))).toEqual(['startsOn']);
    const res = await editor.gql(CREATE, { i: input({ budgetCents: 12.5 }) });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('take only existing posts of their own channel that are not cancelled', async () => {
    const other = await post({ channel_id: instagram.id });
    const cancelled = await post({ channel_id: facebook.id, status: 'CANCELLED', published_at: null });
    expect(fieldsOf(await editor.gql(CREATE, { i: input({ postIds: [other] }) }))).toEqual(['postIds']);
    expect(fieldsOf(await editor.gql(CREATE, { i: input({ postIds: [cancelled] }) }))).toEqual(['postIds']);
    expect(fieldsOf(await editor.gql(CREATE, { i: input({ postIds: [randomUUID()] }) }))).toEqual(['postIds']);
  });

  it('are changed with the version that was read, and a stale version is a conflict', async () => {
    const first = await post({ channel_id: facebook.id, title: 'Eerste' });
    const second = await post({ channel_id: facebook.id, title: 'Tweede' });
    const { createCampaign: created } = await editor.ok<{ createCampaign: CampaignResult }>(CREATE, {
      i: input({ name: 'Najaar', postIds: [first] }),
    });
    const { updateCampaign } = await editor.ok<{ updateCampaign: CampaignResult }>(UPDATE, {
      id: created.id,
      v: created.version,
      p: { spentCents: 40_000, postIds: [second], results: null },
    });
    expect(updateCampaign).toMatchObject({
      version: created.version + 1,
      spentCents: 40_000,
      name: 'Najaar',
      posts: [{ title: 'Tweede' }],
    });
    const stale = await editor.gql(UPDATE, { id: created.id, v: created.version, p: { name: 'Anders' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    // A patch is checked against the campaign it changes: an end before its start, another channel's posts.
    expect(fieldsOf(await editor.gql(UPDATE, { id: created.id, v: 2, p: { endsOn: '2033-06-01' } }))).toEqual([
      'endsOn',
    ]);
    expect(fieldsOf(await editor.gql(UPDATE, { id: created.id, v: 2, p: { channelId: instagram.id } }))).toEqual([
      'postIds',
    ]);
    expect(fieldsOf(await editor.gql(UPDATE, { id: created.id, v: 2, p: { name: null } }))).toEqual(['name']);

    const stalerDelete = await editor.gql(DELETE, { id: created.id, v: 1 });
    expect(stalerDelete.errors?.[0]?.extensions.code).toBe('VERSION_CONFLICT');
    expect(await editor.ok(DELETE, { id: created.id, v: 2 })).toEqual({ deleteCampaign: true });
    const { campaign } = await editor.ok<{ campaign: null }>(`query($id: ID!) { campaign(id: $id) { id } }`, {
      id: created.id,
    });
    expect(campaign).toBeNull();
    const gone = await editor.gql(UPDATE, { id: created.id, v: 3, p: { name: 'Terug' } });
    expect(gone.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('are created once per idempotency key, however often the request is sent', async () => {
    const key = randomUUID();
    const name = `Eenmalig ${key.slice(0, 6)}`;
    const [a, b] = await Promise.all([
      editor.ok<{ createCampaign: CampaignResult }>(CREATE, { i: input({ name }), k: key }),
      editor.ok<{ createCampaign: CampaignResult }>(CREATE, { i: input({ name }), k: key }),
    ]);
    const retry = await editor.ok<{ createCampaign: CampaignResult }>(CREATE, { i: input({ name }), k: key });
    expect(b.createCampaign.id).toBe(a.createCampaign.id);
    expect(retry.createCampaign.id).toBe(a.createCampaign.id);
    const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM campaigns WHERE name = $1', [name]);
    expect(n).toBe(1);
  });

  it('are read by the team and decided on by editors; liaisons see none', async () => {
    expect((await member.gql(CREATE, { i: input() })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await member.gql(SET_BUDGET, { y: 2033, c: 1 })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await liaison.gql(LIST, { y: 2033 })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await liaison.gql('query { adsBudget(year: 2033) { budgetCents } }')).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    const anonymous = await new Client(api).gql(LIST, { y: 2033 });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('the ads budget', () => {
  it('is set once per year, changed with its version, and warns in the ads report from 80 % and 100 %', async () => {
    const year = 2034;
    const { setAdsBudget } = await editor.ok<{ setAdsBudget: { id: string; version: number } }>(SET_BUDGET, {
      y: year,
      c: 500_000,
    });
    expect(setAdsBudget).toMatchObject({ version: 1 });
    // Without the version a second setting would overwrite someone's amount unseen.
    const unversioned = await editor.gql(SET_BUDGET, { y: year, c: 100 });
    expect(unversioned.errors?.[0]?.extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1 });
    const { setAdsBudget: changed } = await editor.ok<{ setAdsBudget: { budgetCents: number; version: number } }>(
      SET_BUDGET,
      { y: year, c: 200_000, v: 1 },
    );
    expect(changed).toMatchObject({ budgetCents: 200_000, version: 2 });
    expect((await editor.gql(SET_BUDGET, { y: year, c: 300_000, v: 1 })).errors?.[0]?.extensions.code).toBe(
      'VERSION_CONFLICT',
    );
    expect(fieldsOf(await editor.gql(SET_BUDGET, { y: year, c: -1, v: 2 }))).toEqual(['budgetCents']);
    expect(fieldsOf(await editor.gql(SET_BUDGET, { y: 1999, c: 1 }))).toEqual(['year']);

    const report = async () =>
      (
        await member.ok<{ adsReport: { budgetCents: number; plannedCents: number; warning: string } }>(
          `query($y: Int!) { adsReport(year: $y) { budgetCents plannedCents warning } }`,
          { y: year },
        )
      ).adsReport;
    const { createCampaign } = await editor.ok<{ createCampaign: CampaignResult }>(CREATE, {
      i: input({ startsOn: '2034-05-01', endsOn: '2034-05-31', budgetCents: 150_000 }),
    });
    expect(await report()).toEqual({ budgetCents: 200_000, plannedCents: 150_000, warning: 'NONE' });
    await editor.ok(UPDATE, { id: createCampaign.id, v: 1, p: { budgetCents: 160_000 } });
    expect((await report()).warning).toBe('NEAR_LIMIT');
    await editor.ok(UPDATE, { id: createCampaign.id, v: 2, p: { budgetCents: 200_000 } });
    expect((await report()).warning).toBe('OVER_LIMIT');

    const { adsBudget } = await member.ok<{ adsBudget: { budgetCents: number } | null }>(
      `query { adsBudget(year: ${year}) { budgetCents } }`,
    );
    expect(adsBudget).toEqual({ budgetCents: 200_000 });
    const { adsBudget: none } = await member.ok<{ adsBudget: null }>(`query { adsBudget(year: 2040) { id } }`);
    expect(none).toBeNull();
  });
});

describe('the demo', () => {
  let demo: TestApi;
  beforeAll(async () => {
    demo = await startApi();
    await seedDemo(demo.db, 'demo-wachtwoord');
    await seedPlanningDemo(demo.app, demo.db, ORG_TIME_ZONE);
    await seedPublishingDemo(demo.db, ORG_TIME_ZONE);
  }, 120_000);
  afterAll(() => demo.close());

  it('gets the year’s budget of €5,000, a campaign with spend and evaluations on posts and a rubric, once', async () => {
    await seedCampaignsDemo(demo.db, ORG_TIME_ZONE);
    await seedCampaignsDemo(demo.db, ORG_TIME_ZONE);
    const count = async (sql: string): Promise<number> => (await demo.db.query(sql))[0].n;
    expect(await count('SELECT count(*)::int AS n FROM ads_budgets WHERE budget_cents = 500000')).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM campaigns WHERE spent_cents > 0')).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM evaluations WHERE post_id IS NOT NULL')).toBeGreaterThanOrEqual(
      2,
    );
    expect(await count('SELECT count(*)::int AS n FROM evaluations WHERE rubric_id IS NOT NULL')).toBe(1);
    expect(
      await count(`SELECT count(*)::int AS n FROM evaluations e JOIN posts p ON p.id = e.post_id
                   WHERE p.status <> 'PUBLISHED'`),
    ).toBe(0);
  });
});
