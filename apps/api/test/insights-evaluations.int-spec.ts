import { randomUUID } from 'node:crypto';
import type { Channel, User } from '@planbord/api-identity';
import { Client, loggedIn, makeChannel, startApi, type TestApi } from './harness';

// Posts published in October 2031 on the organisation's clock; summer time ends on Sunday 26 October.
const OCTOBER = { from: '2031-10-01T00:00:00+02:00', to: '2031-11-01T00:00:00+01:00' };

let api: TestApi;
let editor: Client;
let member: Client;
let colleague: Client;
let liaison: Client;
let author: User;
let channel: Channel;
let rubricId: string;

const EVALUATION = `id version worked different writtenAt author { id } post { id } rubric { id }`;
const SAVE = `mutation($id: ID, $i: EvaluationInput!, $v: Int, $k: String) {
  saveEvaluation(id: $id, input: $i, expectedVersion: $v, idempotencyKey: $k) { ${EVALUATION} } }`;
const DELETE = 'mutation($id: ID!, $v: Int!) { deleteEvaluation(id: $id, expectedVersion: $v) }';
const SEARCH = `query($s: String, $take: Int, $from: DateTime, $to: DateTime) {
  evaluations(search: $s, take: $take, from: $from, to: $to) { id worked different } }`;
const PERFORMANCE = `query($from: DateTime!, $to: DateTime!, $take: Int) { postPerformance(from: $from, to: $to, take: $take) {
  best { post { id title } reach interactions evaluations { worked } }
  worst { post { id title } reach interactions evaluations { worked } } } }`;

interface EvaluationResult {
  id: string;
  version: number;
  worked: string | null;
  different: string | null;
  author: { id: string };
  post: { id: string } | null;
  rubric: { id: string } | null;
}
interface Row {
  post: { id: string; title: string };
  reach: number | null;
  interactions: number;
  evaluations: { worked: string | null }[];
}

async function insert(table: string, row: Record<string, unknown>): Promise<string> {
  const keys = Object.keys(row);
  const [{ id }] = (await api.db.query(
    `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(row),
  )) as { id: string }[];
  return id;
}

async function post(title: string, publishedAt: string | null, metrics: Record<string, number> | null = null) {
  const id = await insert('posts', {
    title,
    body: 'Tekst',
    status: publishedAt ? 'PUBLISHED' : 'DRAFT',
    published_at: publishedAt,
    channel_id: channel.id,
    author_id: author.id,
    sibling_group_id: randomUUID(),
  });
  // post_metrics is insights' own table: the figures are set here as an import would.
  if (metrics)
    await api.db.query(
      `INSERT INTO post_metrics (post_id, ${Object.keys(metrics).join(', ')}, captured_at, source)
       VALUES ($1, ${Object.keys(metrics).map((_, i) => `$${i + 2}`)}, now(), 'IMPORT')`,
      [id, ...Object.values(metrics)],
    );
  return id;
}

const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;
const fields = (res: { errors?: { extensions: Record<string, unknown> }[] }) => {
  expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  return Object.keys(res.errors![0].extensions.fields as Record<string, string>).sort();
};

beforeAll(async () => {
  api = await startApi();
  ({ client: member, user: author } = await loggedIn(api, 'MEMBER'));
  ({ client: editor } = await loggedIn(api, 'EDITOR'));
  ({ client: colleague } = await loggedIn(api, 'MEMBER'));
  ({ client: liaison } = await loggedIn(api, 'LIAISON'));
  channel = await makeChannel(api, { name: 'Facebook', kind: 'FACEBOOK' });
  rubricId = await insert('rubrics', {
    name: 'Vraag van de week',
    rrule: 'FREQ=WEEKLY;BYDAY=WE',
    starts_on: '2031-01-01',
    time: '12:00',
  });
});

afterAll(() => api.close());

describe('evaluations', () => {
  it('are written on a published post or a rubric and shown beside it', async () => {
    const published = await post('Open dag brandweer', '2031-10-04T10:00:00Z');
    const { saveEvaluation: onPost } = await member.ok<{ saveEvaluation: EvaluationResult }>(SAVE, {
      i: { postId: published, worked: '  Filmpjes van de kazerne deden het goed. ', different: '' },
    });
    expect(onPost).toMatchObject({
      version: 1,
      worked: 'Filmpjes van de kazerne deden het goed.',
      different: null,
      author: { id: author.id },
      post: { id: published },
      rubric: null,
    });
    const { saveEvaluation: onRubric } = await member.ok<{ saveEvaluation: EvaluationResult }>(SAVE, {
      i: { rubricId, different: 'Vaker een foto van de vraagsteller.' },
    });
    expect(onRubric).toMatchObject({ rubric: { id: rubricId }, post: null });

    const { post: shown } = await colleague.ok<{ post: { evaluations: { id: string }[] } }>(
      `query($id: ID!) { post(id: $id) { evaluations { id } } }`,
      { id: published },
    );
    expect(shown.evaluations).toEqual([{ id: onPost.id }]);
    const { evaluations: ofRubric } = await colleague.ok<{ evaluations: { id: string }[] }>(
      `query($r: ID) { evaluations(rubricId: $r) { id } }`,
      { r: rubricId },
    );
    expect(ofRubric).toEqual([{ id: onRubric.id }]);
    const { rubrics } = await colleague.ok<{ rubrics: { id: string; evaluations: { id: string }[] }[] }>(
      '{ rubrics { id evaluations { id } } }',
    );
    expect(rubrics.find((r) => r.id === rubricId)?.evaluations).toEqual([{ id: onRubric.id }]);
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'Evaluation' AND entity_id = $1`,
      [onPost.id],
    );
    expect(n).toBe(1);
  });

  it('refuse no target, two targets, a post not yet published, unknown ones, no text and too long texts, by field', async () => {
    const draft = await post('Concept', null);
    const published = await post('Gepubliceerd', '2031-10-05T10:00:00Z');
    expect(fields(await member.gql(SAVE, { i: { worked: 'Goed' } }))).toEqual(['postId']);
    expect(fields(await member.gql(SAVE, { i: { postId: published, rubricId, worked: 'Goed' } }))).toEqual([
      'rubricId',
    ]);
    expect(fields(await member.gql(SAVE, { i: { postId: draft, worked: 'Goed' } }))).toEqual(['postId']);
    expect(fields(await member.gql(SAVE, { i: { postId: randomUUID(), worked: 'Goed' } }))).toEqual(['postId']);
    expect(fields(await member.gql(SAVE, { i: { rubricId: randomUUID(), worked: 'Goed' } }))).toEqual(['rubricId']);
    expect(fields(await member.gql(SAVE, { i: { postId: published, worked: ' ', different: '' } }))).toEqual([
      'worked',
    ]);
    expect(
      fields(
        await member.gql(SAVE, { i: { postId: published, worked: 'x'.repeat(2001), different: 'y'.repeat(2001) } }),
      ),
    ).toEqual(['different', 'worked']);
  });

  it('are changed by their author only, with the version that was read; the author or an editor deletes them', async () => {
    const published = await post('Wijkschouw', '2031-10-06T10:00:00Z');
    const { saveEvaluation: first } = await member.ok<{ saveEvaluation: EvaluationResult }>(SAVE, {
      i: { postId: published, worked: 'Live verslag' },
    });
    const { saveEvaluation: changed } = await member.ok<{ saveEvaluation: EvaluationResult }>(SAVE, {
      id: first.id,
      v: 1,
      i: { worked: 'Live verslag met foto’s', different: 'Eerder aankondigen' },
    });
    expect(changed).toMatchObject({ version: 2, worked: 'Live verslag met foto’s', different: 'Eerder aankondigen' });
    expect(code(await member.gql(SAVE, { id: first.id, v: 1, i: { worked: 'Oud' } }))).toBe('VERSION_CONFLICT');
    expect(fields(await member.gql(SAVE, { id: first.id, i: { worked: 'Zonder versie' } }))).toEqual([
      'expectedVersion',
    ]);
    expect(fields(await member.gql(SAVE, { id: first.id, v: 2, i: { rubricId, worked: 'Verhuisd' } }))).toEqual([
      'rubricId',
    ]);
    expect(code(await colleague.gql(SAVE, { id: first.id, v: 2, i: { worked: 'Van mij' } }))).toBe('FORBIDDEN');
    expect(code(await colleague.gql(DELETE, { id: first.id, v: 2 }))).toBe('FORBIDDEN');
    expect(code(await editor.gql(DELETE, { id: first.id, v: 1 }))).toBe('VERSION_CONFLICT');
    expect(await editor.ok(DELETE, { id: first.id, v: 2 })).toEqual({ deleteEvaluation: true });
    const { post: shown } = await member.ok<{ post: { evaluations: unknown[] } }>(
      `query($id: ID!) { post(id: $id) { evaluations { id } } }`,
      { id: published },
    );
    expect(shown.evaluations).toEqual([]);

    const { saveEvaluation: own } = await colleague.ok<{ saveEvaluation: EvaluationResult }>(SAVE, {
      i: { postId: published, different: 'Korter' },
    });
    expect(await colleague.ok(DELETE, { id: own.id, v: 1 })).toEqual({ deleteEvaluation: true });
  });

  it('are written once per idempotency key', async () => {
    const published = await post('Sleutel', '2031-10-07T10:00:00Z');
    const key = randomUUID();
    const variables = { i: { postId: published, worked: 'Eenmaal' }, k: key };
    const [a, b] = await Promise.all([
      member.ok<{ saveEvaluation: EvaluationResult }>(SAVE, variables),
      member.ok<{ saveEvaluation: EvaluationResult }>(SAVE, variables),
    ]);
    expect(b.saveEvaluation.id).toBe(a.saveEvaluation.id);
    const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM evaluations WHERE post_id = $1', [published]);
    expect(n).toBe(1);
  });

  it('are found by their Dutch words, stemmed, and within a period', async () => {
    const published = await post('Zoeken', '2031-10-08T10:00:00Z');
    const { saveEvaluation: about } = await member.ok<{ saveEvaluation: EvaluationResult }>(SAVE, {
      i: { postId: published, worked: 'De wandelingen met de wethouder trokken veel reacties.' },
    });
    await member.ok(SAVE, { i: { postId: published, different: 'Meer aandacht voor de fietsers.' } });
    const found = async (s: string) =>
      (await member.ok<{ evaluations: { id: string }[] }>(SEARCH, { s })).evaluations.map((e) => e.id);
    // "wandeling" finds "wandelingen", "wethouders" finds "wethouder": the Dutch stemmer takes both to their stem.
    expect(await found('wandeling')).toEqual([about.id]);
    expect(await found('wethouders wandeling')).toEqual([about.id]);
    expect(await found('fietser')).toHaveLength(1);
    expect(await found('brandweerkazerne')).toEqual([]);
    expect(fields(await member.gql(SEARCH, { s: 'x'.repeat(201) }))).toEqual(['search']);
    expect(fields(await member.gql(SEARCH, { take: 201 }))).toEqual(['take']);

    await api.db.query(`UPDATE evaluations SET created_at = '2031-10-10T10:00:00Z' WHERE id = $1`, [about.id]);
    const inPeriod = await member.ok<{ evaluations: { id: string }[] }>(SEARCH, {
      from: '2031-10-10T00:00:00+02:00',
      to: '2031-10-11T00:00:00+02:00',
    });
    expect(inPeriod.evaluations.map((e) => e.id)).toEqual([about.id]);
    expect(fields(await member.gql(SEARCH, { from: OCTOBER.to, to: OCTOBER.from }))).toEqual(['to']);
  });

  it('are for the team: liaisons and visitors see none', async () => {
    expect(code(await liaison.gql(SEARCH, {}))).toBe('FORBIDDEN');
    expect(code(await liaison.gql(PERFORMANCE, OCTOBER))).toBe('FORBIDDEN');
    expect(code(await liaison.gql(SAVE, { i: { rubricId, worked: 'Goed' } }))).toBe('FORBIDDEN');
    expect(code(await new Client(api).gql(SEARCH, {}))).toBe('UNAUTHENTICATED');
  });
});

describe('the best and worst posts of a period', () => {
  it('rank the posts with figures by interactions, then reach, then publication, and list none twice', async () => {
    // Interactions are reactions + comments + shares + clicks + saves; a missing figure counts 0.
    const a = await post('A', '2031-10-26T00:30:00+02:00', { reach: 1000, reactions: 40, comments: 5, shares: 5 }); // 50
    const b = await post('B', '2031-10-12T10:00:00Z', { reach: 800, reactions: 30, clicks: 15, saves: 5 }); // 50, less reach
    const c = await post('C', '2031-10-13T10:00:00Z', { reach: 300, reactions: 2 }); // 2
    const d = await post('D', '2031-10-14T10:00:00Z', { reach: 300, comments: 1, shares: 1 }); // 2, same reach, later
    const e = await post('E', '2031-10-31T22:30:00Z', { reactions: 10 }); // 10, no reach; still October in Amsterdam
    await post('Zonder cijfers', '2031-10-15T10:00:00Z');
    await post('September', '2031-09-30T21:30:00Z', { reach: 5000, reactions: 999 }); // 23:30 on 30 September
    await post('November', '2031-10-31T23:30:00Z', { reach: 5000, reactions: 999 }); // 00:30 on 1 November
    await member.ok(SAVE, { i: { postId: a, worked: 'Het tijdstip' } });

    const { postPerformance } = await member.ok<{ postPerformance: { best: Row[]; worst: Row[] } }>(PERFORMANCE, {
      ...OCTOBER,
      take: 2,
    });
    expect(postPerformance.best.map((row) => [row.post.title, row.interactions, row.reach])).toEqual([
      ['A', 50, 1000],
      ['B', 50, 800],
    ]);
    expect(postPerformance.best[0].evaluations).toEqual([{ worked: 'Het tijdstip' }]);
    expect(postPerformance.worst.map((row) => [row.post.title, row.interactions])).toEqual([
      ['C', 2],
      ['D', 2],
    ]);

    // With room for everything, the worst list holds what the best did not take: E, then D and C are left.
    const all = await member.ok<{ postPerformance: { best: Row[]; worst: Row[] } }>(PERFORMANCE, {
      ...OCTOBER,
      take: 4,
    });
    expect(all.postPerformance.best.map((row) => row.post.id)).toEqual([a, b, e, c]);
    expect(all.postPerformance.worst.map((row) => row.post.id)).toEqual([d]);
    expect(all.postPerformance.best[2].reach).toBeNull();

    expect(fields(await member.gql(PERFORMANCE, { from: OCTOBER.to, to: OCTOBER.from }))).toEqual(['to']);
    expect(fields(await member.gql(PERFORMANCE, { ...OCTOBER, take: 0 }))).toEqual(['take']);
  });
});
