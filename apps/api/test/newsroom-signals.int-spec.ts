import { ThemeRule } from '@planbord/api-newsroom';
import { loggedIn, makeTheme, startApi, type TestApi } from './harness';

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
