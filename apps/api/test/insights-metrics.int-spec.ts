import { randomBytes, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { atLocalTime, type ChannelKind } from '@planbord/domain';
import type { Channel } from '@planbord/api-identity';
import { Post } from '@planbord/api-publishing';
import { seedDemo } from '../src/seed/demo-seed';
import { seedInsightsDemo } from '../src/seed/insights-seed';
import { seedNewsroomDemo } from '../src/seed/newsroom-seed';
import { seedPlanningDemo } from '../src/seed/planning-seed';
import { seedPublishingDemo } from '../src/seed/publishing-seed';
import { Client, loggedIn, makeChannel, ORG_TIME_ZONE, startApi, type TestApi } from './harness';

let api: TestApi;
let member: Client;
let memberId: string;
beforeAll(async () => {
  api = await startApi();
  const made = await loggedIn(api, 'MEMBER');
  member = made.client;
  memberId = made.user.id;
});
afterAll(async () => {
  await api.close();
});

const tag = () => randomBytes(4).toString('hex');
const at = (date: string, time: string) => atLocalTime(date, time, ORG_TIME_ZONE);

async function publishedPost(
  channel: Channel,
  publishedAt: Date,
  publishedUrl: string | null,
  status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED',
): Promise<Post> {
  const repo = api.db.getRepository(Post);
  return repo.save(
    repo.create({
      title: `Bericht ${tag()}`,
      body: 'Tekst',
      channelId: channel.id,
      status,
      authorId: memberId,
      siblingGroupId: randomUUID(),
      plannedAt: publishedAt,
      publishedAt: status === 'PUBLISHED' ? publishedAt : null,
      publishedUrl,
    }),
  );
}

const FIGURES = 'reach impressions reactions comments shares clicks saves videoViews capturedAt source version';
const POST_METRICS = `query($id: ID!) { post(id: $id) { id metrics { ${FIGURES} } } }`;
const RECORD = `mutation($id: ID!, $i: PostMetricsInput!) { recordPostMetrics(postId: $id, input: $i) { id metrics { ${FIGURES} } } }`;
interface Figures {
  reach: number | null;
  impressions: number | null;
  reactions: number | null;
  comments: number | null;
  shares: number | null;
  clicks: number | null;
  saves: number | null;
  videoViews: number | null;
  capturedAt: string;
  source: string;
  version: number;
}
const metricsOf = async (postId: string) =>
  (await member.ok<{ post: { metrics: Figures | null } }>(POST_METRICS, { id: postId })).post.metrics;

interface Report {
  format: string;
  rows: number;
  matched: number;
  updated: number;
  unmatched: { row: number; reason: string }[];
}

async function send<T = Report>(
  content: Uint8Array | string,
  fields: Record<string, string> = {},
  client: Client | null = member,
  headers: Record<string, string> = { 'x-requested-with': 'planbord' },
): Promise<{ status: number; body: T }> {
  const form = new FormData();
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), 'export.csv');
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const res = await fetch(`${api.url}/import/metrics`, {
    method: 'POST',
    headers: { ...(client?.cookie ? { cookie: client.cookie } : {}), ...headers },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as T };
}

const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const units = [...text].flatMap((char) => {
    const code = char.charCodeAt(0);
    return endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
  return new Uint8Array([...(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...units]);
}
const csv = (rows: (string | number)[][], delimiter = ',') =>
  rows
    .map((cells) => cells.map((cell) => (/[",\t]/.test(String(cell)) ? `"${cell}"` : cell)).join(delimiter))
    .join('\r\n');

const channelOf = (kind: ChannelKind) => makeChannel(api, { kind, name: `${kind} ${tag()}` });

describe('recording the figures of a published post by hand', () => {
  it('stores them with the post, reads them back through Post.metrics and corrects them with the version read', async () => {
    const channel = await channelOf('FACEBOOK');
    const post = await publishedPost(channel, at('2031-02-03', '10:00'), null);
    expect(await metricsOf(post.id)).toBeNull();
    const first = (
      await member.ok<{ recordPostMetrics: { metrics: Figures } }>(RECORD, {
        id: post.id,
        i: { reach: 1200, reactions: 40, comments: 3, capturedAt: '2021-02-04T09:00:00Z' },
      })
    ).recordPostMetrics.metrics;
    expect(first).toMatchObject({
      reach: 1200,
      reactions: 40,
      comments: 3,
      impressions: null,
      capturedAt: '2021-02-04T09:00:00.000Z',
      source: 'MANUAL',
      version: 1,
    });
    const second = (
      await member.ok<{ recordPostMetrics: { metrics: Figures } }>(RECORD, {
        id: post.id,
        i: { reach: 1300, reactions: 41, expectedVersion: 1 },
      })
    ).recordPostMetrics.metrics;
    expect(second).toMatchObject({ reach: 1300, reactions: 41, comments: null, version: 2 });
    const stale = await member.gql(RECORD, { id: post.id, i: { reach: 1, expectedVersion: 1 } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    expect((await metricsOf(post.id))?.reach).toBe(1300);
    const audit: { n: number }[] = await api.db.query(
      "SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'PostMetrics' AND entity_id = $1",
      [post.id],
    );
    expect(audit[0].n).toBe(2);
  });

  it('refuses negative or broken figures, a moment in the future and a post that is not published', async () => {
    const channel = await channelOf('FACEBOOK');
    const post = await publishedPost(channel, at('2031-02-05', '10:00'), null);
    const bad = await member.gql(RECORD, { id: post.id, i: { reach: -1, capturedAt: '2199-01-01T00:00:00Z' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(Object.keys(bad.errors?.[0].extensions.fields as object).sort()).toEqual(['capturedAt', 'reach']);
    const draft = await publishedPost(channel, at('2031-02-05', '11:00'), null, 'DRAFT');
    const notPublished = await member.gql(RECORD, { id: draft.id, i: { reach: 5 } });
    expect(notPublished.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(Object.keys(notPublished.errors?.[0].extensions.fields as object)).toEqual(['postId']);
    const stranger = await member.gql(RECORD, { id: randomUUID(), i: { reach: 5 } });
    expect(Object.keys(stranger.errors?.[0].extensions.fields as object)).toEqual(['postId']);
  });

  it('is the team’s: a liaison may neither record nor read them', async () => {
    const channel = await channelOf('FACEBOOK');
    const post = await publishedPost(channel, at('2031-02-06', '10:00'), null);
    const { client: liaison } = await loggedIn(api, 'LIAISON');
    const record = await liaison.gql(RECORD, { id: post.id, i: { reach: 5 } });
    expect(record.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const read = await liaison.gql(POST_METRICS, { id: post.id });
    expect(read.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await send('x', {}, liaison)).status).toBe(403);
    expect((await send('x', {}, null)).status).toBe(401);
    expect((await send('x', {}, member, {})).status).toBe(403);
  });
});

describe('importing a platform’s export file', () => {
  it('matches a Facebook CSV with a BOM by permalink, reports a row it cannot place, and a second import only renews capturedAt', async () => {
    const t = tag();
    const channel = await channelOf('FACEBOOK');
    const one = await publishedPost(
      channel,
      at('2031-03-02', '09:00'),
      `https://www.facebook.com/gemeente/posts/${t}1`,
    );
    const two = await publishedPost(
      channel,
      at('2031-03-03', '09:00'),
      `https://www.facebook.com/gemeente/posts/${t}2`,
    );
    await member.ok(RECORD, { id: two.id, i: { reach: 10 } });
    const file = withBom(
      csv([
        [
          'Post ID',
          'Page ID',
          'Page name',
          'Title',
          'Permalink',
          'Publish time',
          'Views',
          'Reach',
          'Reactions',
          'Comments',
          'Shares',
          'Total clicks',
        ],
        [
          '111_1',
          '111',
          'Gemeente',
          'Eén',
          `https://facebook.com/gemeente/posts/${t}1/?ref=x`,
          '03/02/2031 09:00',
          '3,400',
          '2100',
          '80',
          '12',
          '5',
          '61',
        ],
        [
          '111_2',
          '111',
          'Gemeente',
          'Twee',
          `https://www.facebook.com/gemeente/posts/${t}2`,
          '03/03/2031 09:00',
          '900',
          '700',
          '20',
          '1',
          '0',
          '8',
        ],
        [
          '111_3',
          '111',
          'Gemeente',
          'Drie',
          `https://www.facebook.com/gemeente/posts/${t}9`,
          '03/29/2031 23:30',
          '10',
          '9',
          '0',
          '0',
          '0',
          '0',
        ],
      ]),
    );
    const first = await send(file);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      format: 'META_FACEBOOK',
      rows: 3,
      matched: 2,
      updated: 2,
      unmatched: [{ row: 4, reason: expect.stringContaining('Geen gepubliceerd bericht') }],
    });
    const stored = await metricsOf(one.id);
    expect(stored).toMatchObject({
      impressions: 3400,
      reach: 2100,
      reactions: 80,
      comments: 12,
      shares: 5,
      clicks: 61,
      saves: null,
      source: 'IMPORT',
      version: 1,
    });
    expect((await metricsOf(two.id))?.version).toBe(2);

    const again = await send(file);
    expect(again.body).toMatchObject({ rows: 3, matched: 2, updated: 0 });
    const after = await metricsOf(one.id);
    const { capturedAt: before, ...figures } = stored!;
    const { capturedAt: renewed, ...same } = after!;
    expect(same).toEqual(figures);
    expect(Date.parse(renewed)).toBeGreaterThan(Date.parse(before));
  });

  it('reads a UTF-16, tab-separated Facebook export and matches rows without a link by channel and time within 10 minutes', async () => {
    const channel = await channelOf('FACEBOOK');
    const near = await publishedPost(channel, at('2031-04-07', '14:00'), null);
    const file = utf16(
      csv(
        [
          [
            'Post ID',
            'Permalink',
            'Publish time',
            'Impressions',
            'Reach',
            'Reactions',
            'Comments',
            'Shares',
            'Total clicks',
          ],
          ['1', '', '04/07/2031 14:08', '500', '400', '7', '2', '1', '3'],
          ['2', '', '04/07/2031 14:30', '1', '1', '1', '1', '1', '1'],
          ['3', '', 'morgen', '1', '1', '1', '1', '1', '1'],
          ['4', '', '04/07/2031 14:05', 'veel', '1', '1', '1', '1', '1'],
        ],
        '\t',
      ),
      'le',
    );
    const { body } = await send(file);
    expect(body).toMatchObject({ format: 'META_FACEBOOK', rows: 4, matched: 1, updated: 1 });
    expect(body.unmatched.map((u) => u.row)).toEqual([3, 4, 5]);
    expect(body.unmatched[1].reason).toContain('niet te lezen');
    expect(body.unmatched[2].reason).toContain('Impressions');
    expect(await metricsOf(near.id)).toMatchObject({ reach: 400, impressions: 500 });
  });

  it('reads a big-endian UTF-16 Instagram export, with likes as reactions and saves', async () => {
    const t = tag();
    const channel = await channelOf('INSTAGRAM');
    const post = await publishedPost(channel, at('2031-05-01', '18:00'), `https://www.instagram.com/p/${t}/`);
    const file = utf16(
      csv([
        [
          'Post ID',
          'Account username',
          'Permalink',
          'Publish time',
          'Views',
          'Reach',
          'Likes',
          'Shares',
          'Comments',
          'Saves',
        ],
        [
          '9',
          'lindeveld',
          `https://www.instagram.com/p/${t}`,
          '05/01/2031 18:00',
          '2000',
          '1500',
          '120',
          '4',
          '9',
          '30',
        ],
      ]),
      'be',
    );
    const { body } = await send(file);
    expect(body).toEqual({ format: 'META_INSTAGRAM', rows: 1, matched: 1, updated: 1, unmatched: [] });
    expect(await metricsOf(post.id)).toMatchObject({
      impressions: 2000,
      reach: 1500,
      reactions: 120,
      shares: 4,
      comments: 9,
      saves: 30,
    });
  });

  it('reads LinkedIn’s workbook, header on row 2 of "All posts", matching a day-only date, and stores its followers', async () => {
    const t = tag();
    const channel = await channelOf('LINKEDIN');
    const linked = await publishedPost(
      channel,
      at('2031-06-10', '08:30'),
      `https://www.linkedin.com/feed/update/urn:li:activity:${t}/`,
    );
    const byDay = await publishedPost(channel, at('2031-06-12', '11:00'), null);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Metrics').addRow(['Date', 'Impressions']);
    const posts = workbook.addWorksheet('All posts');
    posts.addRow(['Alle berichten van 1 juni 2031 tot 30 juni 2031']);
    posts.addRow([
      'Post title',
      'Post link',
      'Post type',
      'Created date',
      'Impressions',
      'Clicks',
      'Likes',
      'Comments',
      'Reposts',
    ]);
    posts.addRow([
      'Eén',
      `https://www.linkedin.com/feed/update/urn:li:activity:${t}`,
      'Organic',
      '06/10/2031',
      800,
      30,
      25,
      2,
      1,
    ]);
    posts.addRow(['Twee', '', 'Organic', '06/12/2031', 300, 5, 6, 0, 0]);
    const followers = workbook.addWorksheet('Followers');
    followers.addRow(['Date', 'Sponsored followers', 'Organic followers', 'Total followers']);
    followers.addRow(['05/31/2031', 0, 2, 1500]);
    followers.addRow(['06/29/2031', 0, 3, 1540]);
    followers.addRow(['06/30/2031', 0, 1, 1541]);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { body } = await send(file);
    expect(body).toEqual({ format: 'LINKEDIN', rows: 2, matched: 2, updated: 2, unmatched: [] });
    expect(await metricsOf(linked.id)).toMatchObject({
      impressions: 800,
      clicks: 30,
      reactions: 25,
      comments: 2,
      shares: 1,
    });
    expect(await metricsOf(byDay.id)).toMatchObject({ impressions: 300 });
    const { channelFollowers } = await member.ok<{
      channelFollowers: { channel: { id: string }; month: string; followers: number; source: string }[];
    }>('query { channelFollowers(from: "2031-05-01", to: "2031-06-01") { channel { id } month followers source } }');
    expect(channelFollowers.filter((row) => row.channel.id === channel.id)).toEqual([
      { channel: { id: channel.id }, month: '2031-05-01', followers: 1500, source: 'IMPORT' },
      { channel: { id: channel.id }, month: '2031-06-01', followers: 1541, source: 'IMPORT' },
    ]);
  });

  it('reads X’s content export, reposts as shares and replies as comments', async () => {
    const t = tag();
    const channel = await channelOf('X');
    const post = await publishedPost(channel, at('2031-07-01', '12:00'), `https://x.com/gemeente/status/${t}`);
    const file = csv([
      [
        'Post id',
        'Date',
        'Post text',
        'Post Link',
        'Impressions',
        'Likes',
        'Engagements',
        'Shares',
        'Replies',
        'Reposts',
        'URL Clicks',
      ],
      [
        t,
        'Tue, Jul 01, 2031',
        'Tekst',
        `https://twitter.com/gemeente/status/${t}`,
        '4100',
        '33',
        '120',
        '2',
        '7',
        '11',
        '19',
      ],
    ]);
    const { body } = await send(file);
    expect(body).toEqual({ format: 'X', rows: 1, matched: 1, updated: 1, unmatched: [] });
    expect(await metricsOf(post.id)).toMatchObject({
      impressions: 4100,
      reactions: 33,
      comments: 7,
      shares: 11,
      clicks: 19,
    });
  });

  it('asks for a mapping for Dutch headers, takes the format and mapping with the same file, and remembers it', async () => {
    const t = tag();
    const channel = await channelOf('FACEBOOK');
    const post = await publishedPost(
      channel,
      at('2031-08-04', '10:00'),
      `https://www.facebook.com/gemeente/posts/${t}`,
    );
    const headers = [
      'Bericht-ID',
      'Link naar bericht',
      'Publicatietijd',
      'Weergaven',
      'Bereik',
      'Reacties',
      'Opmerkingen',
      'Gedeeld',
      'Klikken in totaal',
    ];
    const row = (reach: number) => [
      '1',
      `https://www.facebook.com/gemeente/posts/${t}`,
      '08/04/2031 10:00',
      '900',
      reach,
      '15',
      '4',
      '2',
      '9',
    ];
    const file = withBom(csv([headers, row(700)], ';'));

    const asked = await send<{
      code: string;
      headers: string[];
      format: null;
      formats: {
        format: string;
        fields: { field: string; required: boolean }[];
        mapping: Record<string, string | null>;
      }[];
    }>(file);
    expect(asked.status).toBe(400);
    expect(asked.body).toMatchObject({ code: 'BAD_USER_INPUT', headers, format: null });
    const facebook = asked.body.formats.find((f) => f.format === 'META_FACEBOOK')!;
    expect(facebook.fields).toContainEqual({ field: 'publishedAt', required: true });
    expect(facebook.mapping).toMatchObject({ publishedAt: 'Publicatietijd', reach: 'Bereik', reactions: 'Reacties' });

    const badMapping = await send(file, { format: 'META_FACEBOOK', mapping: JSON.stringify({ publishedAt: null }) });
    expect(badMapping.status).toBe(400);
    expect(badMapping.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: { publishedAt: expect.any(String) } });
    expect((await send(file, { format: 'TIKTOK' })).body).toMatchObject({ fields: { format: expect.any(String) } });

    const mapped = await send(file, {
      format: 'META_FACEBOOK',
      mapping: JSON.stringify({ permalink: 'Link naar bericht' }),
    });
    expect(mapped.body).toEqual({ format: 'META_FACEBOOK', rows: 1, matched: 1, updated: 1, unmatched: [] });
    expect(await metricsOf(post.id)).toMatchObject({
      reach: 700,
      impressions: 900,
      reactions: 15,
      comments: 4,
      shares: 2,
      clicks: 9,
    });

    const later = await send(withBom(csv([headers, row(750)], ';')));
    expect(later.status).toBe(200);
    expect(later.body).toMatchObject({ format: 'META_FACEBOOK', matched: 1, updated: 1 });
    expect((await metricsOf(post.id))?.reach).toBe(750);
  });
});

describe('followers per channel per month', () => {
  const RECORD_FOLLOWERS = `mutation($c: ID!, $m: Date!, $f: Int!, $v: Int) {
    recordChannelFollowers(channelId: $c, month: $m, followers: $f, expectedVersion: $v) { month followers source version channel { id } } }`;

  it('records a month by hand, corrects it with the version read and lists it in the range', async () => {
    const channel = await channelOf('INSTAGRAM');
    const first = await member.ok<{ recordChannelFollowers: { version: number; followers: number } }>(
      RECORD_FOLLOWERS,
      {
        c: channel.id,
        m: '2032-01-01',
        f: 3000,
      },
    );
    expect(first.recordChannelFollowers).toMatchObject({ followers: 3000, version: 1 });
    const second = await member.ok<{ recordChannelFollowers: { version: number } }>(RECORD_FOLLOWERS, {
      c: channel.id,
      m: '2032-01-01',
      f: 3050,
      v: 1,
    });
    expect(second.recordChannelFollowers.version).toBe(2);
    const stale = await member.gql(RECORD_FOLLOWERS, { c: channel.id, m: '2032-01-01', f: 1, v: 1 });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    const { channelFollowers } = await member.ok<{
      channelFollowers: { month: string; followers: number; source: string; channel: { id: string } }[];
    }>('query { channelFollowers(from: "2032-01-01", to: "2032-12-01") { month followers source channel { id } } }');
    expect(channelFollowers).toEqual([
      { month: '2032-01-01', followers: 3050, source: 'MANUAL', channel: { id: channel.id } },
    ]);
  });

  it('refuses a day that is not the first, a negative count, an unknown channel and a backwards range', async () => {
    const channel = await channelOf('X');
    const bad = await member.gql(RECORD_FOLLOWERS, { c: channel.id, m: '2032-02-14', f: -3 });
    expect(Object.keys(bad.errors?.[0].extensions.fields as object).sort()).toEqual(['followers', 'month']);
    const unknown = await member.gql(RECORD_FOLLOWERS, { c: randomUUID(), m: '2032-02-01', f: 3 });
    expect(Object.keys(unknown.errors?.[0].extensions.fields as object)).toEqual(['channelId']);
    const backwards = await member.gql('query { channelFollowers(from: "2032-05-01", to: "2032-01-01") { month } }');
    expect(backwards.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const { client: liaison } = await loggedIn(api, 'LIAISON');
    const refused = await liaison.gql(RECORD_FOLLOWERS, { c: channel.id, m: '2032-02-01', f: 3 });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('the demo’s figures', () => {
  const PASSWORD = 'demo-wachtwoord';
  let demo: TestApi;
  beforeAll(async () => {
    demo = await startApi();
    await seedDemo(demo.db, PASSWORD);
    await seedPlanningDemo(demo.app, demo.db, ORG_TIME_ZONE);
    await seedPublishingDemo(demo.db, ORG_TIME_ZONE);
    await seedNewsroomDemo(demo.app, demo.db, ORG_TIME_ZONE);
    await seedInsightsDemo(demo.db, ORG_TIME_ZONE);
  }, 120_000);
  afterAll(async () => {
    await demo.close();
  });

  it('give every published post figures, every social channel a year of followers and the team its hours', async () => {
    const [counts] = await demo.db.query(`SELECT
      (SELECT count(*)::int FROM publishing_published_posts) AS published,
      (SELECT count(*)::int FROM publishing_published_posts p JOIN post_metrics m ON m.post_id = p.post_id) AS measured,
      (SELECT count(DISTINCT month)::int FROM channel_followers) AS months,
      (SELECT count(*)::int FROM team_hours WHERE hours BETWEEN 120 AND 160) AS hours`);
    expect(counts.published).toBeGreaterThanOrEqual(12);
    expect(counts).toEqual({ published: counts.published, measured: counts.published, months: 12, hours: 12 });
    // Seeding again changes nothing.
    await seedInsightsDemo(demo.db, ORG_TIME_ZONE);
    const [again] = await demo.db.query('SELECT count(*)::int AS n FROM channel_followers');
    const [followers] = await demo.db.query('SELECT count(DISTINCT channel_id)::int * 12 AS n FROM channel_followers');
    expect(again.n).toBe(followers.n);
  });

  it('are updated by a Facebook export (BOM, one row per post) matched by permalink, the same file again renewing only capturedAt', async () => {
    const editor = await new Client(demo).login('editor@planbord.local', PASSWORD);
    const facebook: { post_id: string; published_url: string; published_at: Date }[] = await demo.db.query(
      `SELECT p.post_id, p.published_url, p.published_at FROM publishing_published_posts p
       JOIN channels c ON c.id = p.channel_id WHERE c.kind = 'FACEBOOK' ORDER BY p.published_at`,
    );
    expect(facebook.length).toBeGreaterThanOrEqual(3);
    expect(facebook.every((post) => post.published_url?.startsWith('https://www.facebook.com/'))).toBe(true);
    const header = [
      'Post ID',
      'Page ID',
      'Page name',
      'Title',
      'Description',
      'Publish time',
      'Permalink',
      'Post type',
      'Views',
      'Reach',
      'Reactions',
      'Comments',
      'Shares',
      'Total clicks',
    ];
    const rows = facebook.map((post, i) => [
      `1000_${i}`,
      '1000',
      'Gemeente Lindeveld',
      '',
      'Tekst',
      '01/01/2020 00:00',
      post.published_url,
      'Photos',
      5000 + i,
      4000 + i,
      100 + i,
      10 + i,
      5 + i,
      50 + i,
    ]);
    rows.push([
      '1000_x',
      '1000',
      'Gemeente Lindeveld',
      '',
      'Niet van ons',
      '01/01/2020 00:00',
      'https://www.facebook.com/gemeentelindeveld/posts/pfbid0Onbekend',
      'Photos',
      1,
      1,
      1,
      1,
      1,
      1,
    ]);
    const file = withBom(csv([header, ...rows]));
    const importAs = async () => {
      const form = new FormData();
      form.append('file', new Blob([file as Uint8Array<ArrayBuffer>]), 'Facebook-berichten.csv');
      const res = await fetch(`${demo.url}/import/metrics`, {
        method: 'POST',
        headers: { cookie: editor.cookie!, 'x-requested-with': 'planbord' },
        body: form,
      });
      return (await res.json()) as Report;
    };
    const first = await importAs();
    expect(first).toEqual({
      format: 'META_FACEBOOK',
      rows: facebook.length + 1,
      matched: facebook.length,
      updated: facebook.length,
      unmatched: [
        { row: facebook.length + 2, reason: expect.stringContaining('Geen gepubliceerd bericht met deze link') },
      ],
    });
    const read = async () =>
      Promise.all(
        facebook.map(async (post) => {
          const { post: shown } = await editor.ok<{ post: { metrics: Figures } }>(POST_METRICS, { id: post.post_id });
          return shown.metrics;
        }),
      );
    const before = await read();
    before.forEach((metrics, i) =>
      expect(metrics).toMatchObject({ impressions: 5000 + i, reach: 4000 + i, reactions: 100 + i, source: 'IMPORT' }),
    );
    const second = await importAs();
    expect(second).toMatchObject({ matched: facebook.length, updated: 0 });
    const after = await read();
    after.forEach((metrics, i) => {
      const { capturedAt, ...figures } = metrics;
      const { capturedAt: earlier, ...previous } = before[i];
      expect(figures).toEqual(previous);
      expect(Date.parse(capturedAt)).toBeGreaterThan(Date.parse(earlier));
    });
  });
});
