import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { IngestSource, Signal, SignalsService, ThemeRule } from '@planbord/api-newsroom';
import { eventually, loggedIn, makeTheme, startApi, type Client, type TestApi } from './harness';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const SIGNAL_FIELDS =
  'id version source status body receivedAt priority needsReply crisis authorName themes { id name } suggestedThemes { matched keyword theme { id name } }';
type S = {
  id: string;
  version: number;
  status: string;
  body: string;
  receivedAt: string;
  themes: { id: string }[];
  suggestedThemes: { matched: string; keyword: string; theme: { id: string; name: string } }[];
};
const RECORD = `mutation($i: SignalInput!) { recordSignal(input: $i) { ${SIGNAL_FIELDS} } }`;
const LIST = `query($f: SignalFilter, $first: Int, $after: String) { signals(filter: $f, first: $first, after: $after) {
  nodes { id body receivedAt } totalCount endCursor hasNextPage } }`;
type Page = {
  nodes: { id: string; body: string; receivedAt: string }[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
};

describe('signals coming in by hand', () => {
  it('records a phone note with the theme a rule suggests, showing the word of the note that matched', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const afval = await makeTheme(api, 'Afval');
    await api.db.getRepository(ThemeRule).save({ themeId: afval.id, keywords: ['container', 'vuilnis'] });
    const { recordSignal } = await client.ok<{ recordSignal: S }>(RECORD, {
      i: {
        source: 'PHONE',
        body: 'De containers aan de Molenweg worden al twee weken niet geleegd',
        authorName: 'J. de Vries',
        receivedAt: '2024-03-04T09:15:00+01:00',
      },
    });
    expect(recordSignal).toMatchObject({ status: 'NEW', source: 'PHONE', priority: 'NORMAL', needsReply: true });
    expect(recordSignal.suggestedThemes).toEqual([
      { matched: 'containers', keyword: 'container', theme: { id: afval.id, name: 'Afval' } },
    ]);
    expect(recordSignal.themes).toEqual([]);
  });

  it('refuses a signal from the future or without text, naming the field', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const future = await client.gql(RECORD, { i: { source: 'EMAIL', body: 'x', receivedAt: '2999-01-01T00:00:00Z' } });
    expect(future.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { receivedAt: expect.any(String) },
    });
    const empty = await client.gql(RECORD, { i: { source: 'EMAIL', body: '   ' } });
    expect(empty.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { body: expect.any(String) },
    });
  });
});

describe('finding signals', () => {
  it('finds "fietspad" when searching for "fietspaden", in Dutch', async () => {
    const { client } = await loggedIn(api, 'EDITOR');
    const { recordSignal } = await client.ok<{ recordSignal: S }>(RECORD, {
      i: {
        source: 'FACEBOOK',
        body: 'Het fietspad langs de Lindelaan ligt vol glas',
        receivedAt: '2024-04-01T10:00:00Z',
      },
    });
    await client.ok(RECORD, {
      i: { source: 'FACEBOOK', body: 'Mooie bibliotheek!', receivedAt: '2024-04-01T11:00:00Z' },
    });
    const { signals } = await client.ok<{ signals: Page }>(LIST, { f: { search: 'fietspaden' } });
    expect(signals.nodes.map((n) => n.id)).toEqual([recordSignal.id]);
    expect(signals.totalCount).toBe(1);
    const none = await client.ok<{ signals: Page }>(LIST, { f: { search: 'zwembadtegels' } });
    expect(none.signals).toEqual({ nodes: [], totalCount: 0, endCursor: null, hasNextPage: false });
    const window = { from: '2024-04-01T00:00:00Z', to: '2024-04-02T00:00:00Z' };
    const stopWords = await client.ok<{ signals: Page }>(LIST, { f: { ...window, search: 'de het' } });
    expect(stopWords.signals.totalCount).toBe(2);
  });
});

describe('who may read signals', () => {
  it('keeps signals from liaisons', async () => {
    const member = await loggedIn(api, 'MEMBER');
    const { recordSignal } = await member.client.ok<{ recordSignal: S }>(RECORD, {
      i: { source: 'COUNTER', body: 'Losse stoeptegel bij het gemeentehuis', authorName: 'Petra' },
    });
    const liaison = await loggedIn(api, 'LIAISON');
    const list = await liaison.client.gql(LIST, {});
    expect(list.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const one = await liaison.client.gql('query($id: ID!) { signal(id: $id) { id authorName } }', {
      id: recordSignal.id,
    });
    expect(one.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(one)).not.toContain('Petra');
    const record = await liaison.client.gql(RECORD, { i: { source: 'PHONE', body: 'x' } });
    expect(record.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

const TRIAGE = `mutation($id: ID!, $v: Int!, $i: SignalTriageInput!) { triageSignal(id: $id, expectedVersion: $v, input: $i) {
  id version status priority sentiment needsReply neighbourhood assignee { id } themes { id } topic { id } } }`;
const DISMISS = `mutation($id: ID!, $v: Int!, $r: String!) { dismissSignal(id: $id, expectedVersion: $v, reason: $r) { id version status dismissReason } }`;
const COMPLETE = `mutation($id: ID!, $v: Int!) { completeSignal(id: $id, expectedVersion: $v) { id version status } }`;

async function record(client: Client, input: Record<string, unknown>): Promise<S> {
  return (await client.ok<{ recordSignal: S }>(RECORD, { i: { source: 'FACEBOOK', ...input } })).recordSignal;
}

describe('working on a signal', () => {
  it('picks a new signal up on triage and refuses a second edit made on the same version', async () => {
    const member = await loggedIn(api, 'MEMBER');
    const colleague = await loggedIn(api, 'EDITOR');
    const theme = await makeTheme(api);
    const signal = await record(member.client, {
      body: 'Gat in de weg bij de school',
      receivedAt: '2024-05-01T08:00:00Z',
    });
    const { triageSignal } = await member.client.ok<{ triageSignal: Record<string, unknown> }>(TRIAGE, {
      id: signal.id,
      v: signal.version,
      i: {
        themeIds: [theme.id],
        priority: 'HIGH',
        sentiment: 'NEGATIVE',
        assigneeId: colleague.user.id,
        neighbourhood: 'Centrum',
      },
    });
    expect(triageSignal).toMatchObject({
      status: 'IN_PROGRESS',
      version: signal.version + 1,
      priority: 'HIGH',
      sentiment: 'NEGATIVE',
      neighbourhood: 'Centrum',
      assignee: { id: colleague.user.id },
      themes: [{ id: theme.id }],
    });
    const late = await colleague.client.gql(TRIAGE, { id: signal.id, v: signal.version, i: { priority: 'LOW' } });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: signal.version + 1 });
  });

  it('refuses a liaison as assignee and an unknown theme, naming the fields', async () => {
    const member = await loggedIn(api, 'MEMBER');
    const liaison = await loggedIn(api, 'LIAISON');
    const signal = await record(member.client, { body: 'Vraag over parkeren' });
    const res = await member.client.gql(TRIAGE, {
      id: signal.id,
      v: signal.version,
      i: { assigneeId: liaison.user.id, themeIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { assigneeId: expect.any(String), themeIds: expect.any(String) },
    });
  });

  it('dismisses with a reason, and then cannot be dismissed or done again', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const signal = await record(client, { body: 'Koop nu goedkope zonnebrillen' });
    const noReason = await client.gql(DISMISS, { id: signal.id, v: signal.version, r: ' ' });
    expect(noReason.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { reason: expect.any(String) },
    });
    const { dismissSignal } = await client.ok<{
      dismissSignal: { version: number; status: string; dismissReason: string };
    }>(DISMISS, { id: signal.id, v: signal.version, r: 'Spam' });
    expect(dismissSignal).toMatchObject({ status: 'DISMISSED', dismissReason: 'Spam' });
    const again = await client.gql(COMPLETE, { id: signal.id, v: dismissSignal.version });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'DISMISSED', to: 'DONE' });
  });

  it('is marked done only once someone is working on it', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const signal = await record(client, { body: 'Dank voor het snelle maaien van het gras' });
    const early = await client.gql(COMPLETE, { id: signal.id, v: signal.version });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'NEW', to: 'DONE' });
    const { triageSignal } = await client.ok<{ triageSignal: { version: number } }>(TRIAGE, {
      id: signal.id,
      v: signal.version,
      i: { sentiment: 'POSITIVE', needsReply: false },
    });
    const { completeSignal } = await client.ok<{ completeSignal: { status: string } }>(COMPLETE, {
      id: signal.id,
      v: triageSignal.version,
    });
    expect(completeSignal.status).toBe('DONE');
  });
});

describe('the inbox', () => {
  it('pages newest first by cursor, with every filter narrowing the list', async () => {
    const { client, user } = await loggedIn(api, 'MEMBER');
    const theme = await makeTheme(api);
    const hood = `Wijk ${randomBytes(3).toString('hex')}`;
    const window = { from: '2024-06-01T00:00:00Z', to: '2024-06-02T00:00:00Z' };
    const made: S[] = [];
    for (let i = 0; i < 7; i++)
      made.push(
        await record(client, {
          source: i % 2 ? 'INSTAGRAM' : 'FACEBOOK',
          body: `Bericht nummer ${i} over de markt`,
          receivedAt: `2024-06-01T${String(8 + i).padStart(2, '0')}:00:00Z`,
          neighbourhood: hood,
          needsReply: i !== 6,
        }),
      );
    const newestFirst = [...made].reverse().map((s) => s.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page++) {
      const { signals }: { signals: Page } = await client.ok<{ signals: Page }>(LIST, { f: window, first: 3, after });
      seen.push(...signals.nodes.map((n) => n.id));
      expect(signals.totalCount).toBe(7);
      after = signals.endCursor;
      if (!signals.hasNextPage) break;
    }
    expect(seen).toEqual(newestFirst);

    const count = async (f: Record<string, unknown>) =>
      (await client.ok<{ signals: Page }>(LIST, { f: { ...window, ...f }, first: 200 })).signals.nodes.map((n) => n.id);
    expect(await count({ sources: ['INSTAGRAM'] })).toEqual(newestFirst.filter((_, i) => [1, 3, 5].includes(6 - i)));
    expect(await count({ needsReply: false })).toEqual([made[6].id]);
    expect(await count({ neighbourhood: hood.toLowerCase() })).toHaveLength(7);
    expect(await count({ neighbourhood: 'Elders' })).toEqual([]);
    expect(await count({ from: '2024-06-01T10:00:00Z', to: '2024-06-01T12:00:00Z' })).toEqual([made[3].id, made[2].id]);
    expect(await count({ search: 'markt', sources: ['FACEBOOK'] })).toHaveLength(4);
    expect(await count({ crisis: true })).toEqual([]);
    // Long past their due time, all but the one that needs no reply.
    expect(await count({ overdue: true })).toEqual(newestFirst.filter((id) => id !== made[6].id));
    expect(await count({ overdue: false })).toEqual([made[6].id]);

    const { triageSignal } = await client.ok<{ triageSignal: { version: number } }>(TRIAGE, {
      id: made[0].id,
      v: made[0].version,
      i: { themeIds: [theme.id], assigneeId: user.id, sentiment: 'NEGATIVE' },
    });
    expect(triageSignal.version).toBe(2);
    for (const f of [
      { themeIds: [theme.id] },
      { assigneeId: user.id },
      { sentiment: ['NEGATIVE'] },
      { status: ['IN_PROGRESS'] },
    ])
      expect(await count(f)).toEqual([made[0].id]);
    expect(await count({ status: ['NEW'] })).toHaveLength(6);
  });

  it('refuses more than 200 a page and a cursor it did not make', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const big = await client.gql(LIST, { first: 201 });
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } });
    const forged = await client.gql(LIST, { after: 'bm9uc2Vuc2U' });
    expect(forged.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: expect.any(String) },
    });
  });

  it('searches common words by date order and rare ones through the index, with the same answers', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const word = `parkeer${randomBytes(3).toString('hex')}`;
    const rows = Array.from({ length: 1100 }, (_, i) => ({
      source: 'OTHER' as const,
      body: `Overlast door ${word}plaatsen in straat ${i}`,
      receivedAt: new Date(Date.UTC(2024, 6, 1) + i * 60_000),
    }));
    // More matches than the index is asked for: straight into the table, as a large inbox would have them.
    await api.db.getRepository(Signal).insert(rows);
    const common = await client.ok<{ signals: Page }>(LIST, { f: { search: `${word}plaatsen` }, first: 5 });
    expect(common.signals.totalCount).toBe(1100);
    expect(common.signals.nodes.map((n) => n.body)).toEqual(
      [1099, 1098, 1097, 1096, 1095].map((i) => `Overlast door ${word}plaatsen in straat ${i}`),
    );
    const rare = await client.ok<{ signals: Page }>(LIST, { f: { search: `${word}plaatsen "straat 7"` }, first: 5 });
    expect(rare.signals.nodes.map((n) => n.body)).toEqual([`Overlast door ${word}plaatsen in straat 7`]);
  });
});

describe('theme rules', () => {
  it('are made by editors, suggest themes for what comes in after, and can be switched off', async () => {
    const editor = await loggedIn(api, 'EDITOR');
    const member = await loggedIn(api, 'MEMBER');
    const verkeer = await makeTheme(api, `Verkeer ${randomBytes(2).toString('hex')}`);
    const rule = `mutation($t: ID!, $k: [String!]!) { createThemeRule(themeId: $t, keywords: $k) { id version keywords active theme { id } } }`;
    expect((await member.client.gql(rule, { t: verkeer.id, k: ['omleiding'] })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const stopword = await editor.client.gql(rule, { t: verkeer.id, k: ['de'] });
    expect(stopword.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { keywords: expect.any(String) },
    });
    const { createThemeRule } = await editor.client.ok<{
      createThemeRule: { id: string; version: number; keywords: string[] };
    }>(rule, { t: verkeer.id, k: [' omleiding ', 'Omleiding', 'wegafsluiting'] });
    expect(createThemeRule.keywords).toEqual(['omleiding', 'wegafsluiting']);
    const signal = await record(member.client, {
      body: 'Waarom staan de omleidingen rond de Molenweg zo slecht aangegeven?',
    });
    expect(signal.suggestedThemes).toEqual([
      { matched: 'omleidingen', keyword: 'omleiding', theme: { id: verkeer.id, name: verkeer.name } },
    ]);
    await editor.client.ok(
      'mutation($id: ID!, $v: Int!) { updateThemeRule(id: $id, expectedVersion: $v, input: { active: false }) { id } }',
      { id: createThemeRule.id, v: createThemeRule.version },
    );
    const later = await record(member.client, { body: 'Weer een omleiding, nu bij het station' });
    expect(later.suggestedThemes).toEqual([]);
    const { themeRules } = await member.client.ok<{
      themeRules: { id: string; active: boolean; theme: { id: string } }[];
    }>('{ themeRules { id active theme { id } } }');
    expect(themeRules.find((r) => r.id === createThemeRule.id)).toEqual({
      id: createThemeRule.id,
      active: false,
      theme: { id: verkeer.id },
    });
  });

  it('show what they would suggest for a text being typed', async () => {
    const editor = await loggedIn(api, 'EDITOR');
    const groen = await makeTheme(api, `Groen ${randomBytes(2).toString('hex')}`);
    await editor.client.ok('mutation($t: ID!) { createThemeRule(themeId: $t, keywords: ["snoeien", "boom"]) { id } }', {
      t: groen.id,
    });
    const { suggestThemes } = await editor.client.ok<{ suggestThemes: { matched: string; theme: { id: string } }[] }>(
      'query($b: String!) { suggestThemes(body: $b) { matched theme { id } } }',
      { b: 'Wanneer worden de bomen in ons park gesnoeid?' },
    );
    expect(suggestThemes.filter((s) => s.theme.id === groen.id)).toEqual([
      { matched: 'bomen', theme: { id: groen.id } },
    ]);
  });
});

describe('topics', () => {
  const TOPIC = 'id version title status signalCount firstSeenAt lastSeenAt rising themes { id } signals { id }';
  it('merge signals, count them, and move a signal from one topic to another', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const a = await record(client, { body: 'Omleiding Molenweg is onduidelijk', receivedAt: '2024-08-01T08:00:00Z' });
    const b = await record(client, {
      body: 'Omleiding Molenweg: waar moet ik heen?',
      receivedAt: '2024-08-01T09:00:00Z',
    });
    const c = await record(client, { body: 'Molenweg dicht, niemand weet het', receivedAt: '2024-08-02T09:00:00Z' });
    const { createTopic } = await client.ok<{ createTopic: Record<string, unknown> & { id: string } }>(
      `mutation($t: String!, $ids: [ID!]!) { createTopic(title: $t, signalIds: $ids) { ${TOPIC} } }`,
      { t: 'Omleiding Molenweg', ids: [a.id, b.id] },
    );
    expect(createTopic).toMatchObject({
      title: 'Omleiding Molenweg',
      status: 'OPEN',
      signalCount: 2,
      firstSeenAt: '2024-08-01T08:00:00.000Z',
      lastSeenAt: '2024-08-01T09:00:00.000Z',
      rising: false,
      signals: [{ id: b.id }, { id: a.id }],
    });
    const other = (
      await client.ok<{ createTopic: { id: string } }>(
        'mutation($ids: [ID!]!) { createTopic(title: "Molenweg", signalIds: $ids) { id } }',
        { ids: [c.id] },
      )
    ).createTopic;
    const { addSignalsToTopic } = await client.ok<{ addSignalsToTopic: { signalCount: number; lastSeenAt: string } }>(
      `mutation($t: ID!, $ids: [ID!]!) { addSignalsToTopic(topicId: $t, signalIds: $ids) { ${TOPIC} } }`,
      { t: createTopic.id, ids: [c.id, a.id] },
    );
    expect(addSignalsToTopic).toMatchObject({ signalCount: 3, lastSeenAt: '2024-08-02T09:00:00.000Z' });
    const { topic } = await client.ok<{ topic: { signalCount: number } }>(
      'query($id: ID!) { topic(id: $id) { signalCount } }',
      {
        id: other.id,
      },
    );
    expect(topic.signalCount).toBe(0);
    const { signal } = await client.ok<{ signal: { topic: { id: string } } }>(
      'query($id: ID!) { signal(id: $id) { topic { id } } }',
      {
        id: c.id,
      },
    );
    expect(signal.topic.id).toBe(createTopic.id);
    const inTopic = await client.ok<{ signals: Page }>(LIST, { f: { topicId: createTopic.id } });
    expect(inTopic.signals.nodes.map((n) => n.id)).toEqual([c.id, b.id, a.id]);
    // A topic can be opened before its signals arrive, but signals are added only with signals.
    const { createTopic: empty } = await client.ok<{ createTopic: { id: string; signalCount: number } }>(
      'mutation { createTopic(title: "Nog leeg", signalIds: []) { id signalCount } }',
    );
    expect(empty.signalCount).toBe(0);
    const none = await client.gql('mutation($t: ID!) { addSignalsToTopic(topicId: $t, signalIds: []) { id } }', {
      t: empty.id,
    });
    expect(none.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { signalIds: expect.any(String) },
    });
  });

  it('flag a sudden rise: clearly more signals in the last day than the day before', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
    const ids = [];
    for (const h of [1, 2, 3, 5, 30])
      ids.push((await record(client, { body: `Stank bij de waterzuivering (${h})`, receivedAt: hoursAgo(h) })).id);
    const { createTopic } = await client.ok<{ createTopic: { id: string; version: number; rising: boolean } }>(
      'mutation($ids: [ID!]!) { createTopic(title: "Stank", signalIds: $ids) { id version rising } }',
      { ids },
    );
    expect(createTopic.rising).toBe(true);
    const { updateTopic } = await client.ok<{ updateTopic: { status: string } }>(
      'mutation($id: ID!, $v: Int!) { updateTopic(id: $id, expectedVersion: $v, input: { status: CLOSED }) { status } }',
      { id: createTopic.id, v: createTopic.version },
    );
    expect(updateTopic.status).toBe('CLOSED');
    const { topics } = await client.ok<{ topics: { id: string }[] }>('{ topics(status: ["CLOSED"]) { id } }');
    expect(topics.map((t) => t.id)).toContain(createTopic.id);
  });

  it('are suggested: alike signals within 72 hours that share a theme or the neighbourhood', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const theme = await makeTheme(api);
    const base = { neighbourhood: 'Lindeveld-Noord' };
    const a = await record(client, {
      ...base,
      body: 'De lantaarnpalen in de Beukenlaan doen het niet',
      receivedAt: '2024-09-10T18:00:00Z',
    });
    const b = await record(client, {
      ...base,
      body: 'Lantaarnpalen Beukenlaan doen het al dagen niet',
      receivedAt: '2024-09-11T19:00:00Z',
    });
    const far = await record(client, {
      ...base,
      body: 'De lantaarnpalen in de Beukenlaan doen het niet meer',
      receivedAt: '2024-09-20T18:00:00Z',
    });
    const elsewhere = await record(client, {
      body: 'De lantaarnpalen in de Beukenlaan doen het niet!',
      receivedAt: '2024-09-10T19:00:00Z',
    });
    const byTheme = await record(client, {
      themeIds: [theme.id],
      body: 'De lantaarnpalen van de Beukenlaan doen het niet',
      receivedAt: '2024-09-10T20:00:00Z',
    });
    await client.ok(TRIAGE, { id: a.id, v: a.version, i: { themeIds: [theme.id] } });
    const { signal } = await client.ok<{ signal: { similarSignals: { id: string }[] } }>(
      'query($id: ID!) { signal(id: $id) { similarSignals { id } } }',
      { id: a.id },
    );
    const similar = signal.similarSignals.map((s) => s.id);
    expect(similar).toEqual(expect.arrayContaining([b.id, byTheme.id]));
    expect(similar).not.toContain(far.id);
    expect(similar).not.toContain(elsewhere.id);
    expect(similar).not.toContain(a.id);

    const { createTopic } = await client.ok<{ createTopic: { suggestedSignals: { id: string }[] } }>(
      'mutation($ids: [ID!]!) { createTopic(title: "Lantaarnpalen Beukenlaan", signalIds: $ids) { suggestedSignals { id } } }',
      { ids: [a.id, b.id] },
    );
    const candidates = createTopic.suggestedSignals.map((s) => s.id);
    expect(candidates).toContain(byTheme.id);
    expect(candidates).not.toContain(a.id);
    expect(candidates).not.toContain(b.id);
    expect(candidates).not.toContain(far.id);
  });
});

describe('live arrival', () => {
  it('tells the media team of each new signal as it comes in', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const received: { id: string; body: string }[] = [];
    const ws = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      retryAttempts: 0,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: client.cookie ?? '' } });
        }
      },
    });
    let ready: () => void = () => undefined;
    const connected = new Promise<void>((resolve) => (ready = resolve));
    ws.on('connected', () => ready());
    ws.subscribe<{ signalReceived: { id: string; body: string } }>(
      { query: 'subscription { signalReceived { id body } }' },
      {
        next: (msg) => msg.data && received.push(msg.data.signalReceived),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await connected;
    try {
      // The subscription is registered once the server answers on it: keep recording until one arrives.
      const body = `Nieuw bericht ${randomBytes(3).toString('hex')}`;
      const made = await eventually('a signal to arrive live', async () => {
        const signal = await record(client, { body });
        return received.find((r) => r.body === body) ? signal : null;
      });
      expect(received.some((r) => r.body === body)).toBe(true);
      expect(made.body).toBe(body);
    } finally {
      await ws.dispose();
    }
  });
});

describe('signals from other paths (webhook, feed, file)', () => {
  it('are stored once per external id and source, also within one batch, with each refused input named by index', async () => {
    const source = await api.db
      .getRepository(IngestSource)
      .save({ name: 'Monitoring', kind: 'WEBHOOK', secret: 'geheim' });
    const other = await api.db
      .getRepository(IngestSource)
      .save({ name: 'Tweede bron', kind: 'WEBHOOK', secret: 'ander' });
    const service = api.app.get(SignalsService);
    const tag = randomBytes(3).toString('hex');
    const item = (n: number) => ({
      source: 'FACEBOOK' as const,
      externalId: `${tag}-${n}`,
      body: `Reactie ${n} onder het bericht over de kermis`,
      receivedAt: '2024-10-01T12:00:00Z',
    });
    const first = await service.ingest(null, [item(1), item(2), item(2), { ...item(3), body: '' }], {
      ingestSourceId: source.id,
    });
    expect(first.accepted.map((s) => s.externalId)).toEqual([`${tag}-1`, `${tag}-2`]);
    expect(first.accepted.every((s) => s.ingestSourceId === source.id && s.status === 'NEW')).toBe(true);
    expect(first.duplicates).toBe(1);
    expect(first.rejected).toEqual([{ index: 3, fields: { body: { code: 'required' } } }]);
    const again = await service.ingest(null, [item(1), item(2), item(4)], { ingestSourceId: source.id });
    expect(again).toMatchObject({ duplicates: 2, rejected: [] });
    expect(again.accepted.map((s) => s.externalId)).toEqual([`${tag}-4`]);
    const elsewhere = await service.ingest(null, [item(1)], { ingestSourceId: other.id });
    expect(elsewhere.accepted).toHaveLength(1);
  });

  it('are told only to the media team as they arrive: a liaison cannot listen', async () => {
    const liaison = await loggedIn(api, 'LIAISON');
    const ws = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      retryAttempts: 0,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: liaison.client.cookie ?? '' } });
        }
      },
    });
    try {
      const errors = await new Promise<unknown>((resolve) =>
        ws.subscribe(
          { query: 'subscription { signalReceived { id } }' },
          {
            next: (msg) => resolve(msg.errors),
            error: (error) => resolve(error),
            complete: () => resolve(null),
          },
        ),
      );
      expect(JSON.stringify(errors)).toContain('FORBIDDEN');
    } finally {
      await ws.dispose();
    }
  });
});
