import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { QUERY_LIMITS } from '@planbord/api-core';
import { Client, loggedIn, startApi, type TestApi } from './harness';

let api: TestApi;
let liaison: Client;
beforeAll(async () => {
  api = await startApi();
  ({ client: liaison } = await loggedIn(api, 'LIAISON'));
});
afterAll(async () => {
  await api.close();
});

const RANGE = 'from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z"';

/** Each fragment spreads the next one twice along Event.assignments → Assignment.event: four-fold a level with two jobs an event. */
function fragmentDoubling(levels: number): string {
  const fragments = Array.from(
    { length: levels },
    (_, i) =>
      `fragment F${i} on Event { id a: assignments { event { ...F${i + 1} } } b: assignments { event { ...F${i + 1} } } }`,
  );
  return `query { calendar(${RANGE}) { events { ...F0 } } }\n${fragments.join('\n')}\nfragment F${levels} on Event { id }`;
}

const depth50 = `{ event(id: "00000000-0000-4000-8000-000000000000") ${'{ assignments { event '.repeat(24)}{ id }${' } }'.repeat(24)} }`;
const calendarAliases = (count: number) =>
  `query($f: DateTime!, $t: DateTime!) { ${Array.from({ length: count }, (_, i) => `c${i}: calendar(from: $f, to: $t) { from }`).join(' ')} }`;
const costly = `{ calendar(${RANGE}) { events { assignments { event { assignments { event { assignments { event { themes { id } } } } } } } } } }`;

async function post(
  client: Client,
  query: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
}> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: client.cookie ?? '', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: await res.json() };
}

describe('bounded GraphQL', () => {
  it.each([
    ['30 levels of fragment doubling', fragmentDoubling(30), 'QUERY_TOO_DEEP'],
    ['a query 50 fields deep', depth50, 'QUERY_TOO_DEEP'],
    [
      `${QUERY_LIMITS.aliases + 1} aliases of the calendar`,
      calendarAliases(QUERY_LIMITS.aliases + 1),
      'TOO_MANY_ALIASES',
    ],
    ['a query within the depth whose lists multiply past the cost limit', costly, 'QUERY_TOO_COSTLY'],
  ])('refuses %s before running it, with HTTP 400 and a code', async (_name, query, code) => {
    const { status, body } = await post(liaison, query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0].extensions).toMatchObject({ code, limit: expect.any(Number), actual: expect.any(Number) });
    expect(body.errors?.[0].message).toMatch(/^Deze vraag /);
  });

  it('does not even parse 100 aliases of the calendar: more tokens than a document may have', async () => {
    const { status, body } = await post(liaison, calendarAliases(100));
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      message: `Syntax Error: Document contains more that ${QUERY_LIMITS.tokens} tokens. Parsing aborted.`,
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('keeps answering /health while the refused queries come in', async () => {
    const attacks = [
      fragmentDoubling(30),
      depth50,
      calendarAliases(100),
      calendarAliases(QUERY_LIMITS.aliases + 1),
      costly,
    ]
      .flatMap((query) => [query, query])
      .map((query) => post(liaison, query));
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    expect((await Promise.all(attacks)).map((r) => r.status)).toEqual(Array(10).fill(400));
  });

  it('says why in the language the request asks for', async () => {
    const { body } = await post(liaison, depth50, { 'accept-language': 'en' });
    expect(body.errors?.[0]).toMatchObject({
      message: 'This query is nested too deeply.',
      extensions: { code: 'QUERY_TOO_DEEP', limit: QUERY_LIMITS.depth, actual: 50 },
    });
  });

  it('still answers the calendar as the web app asks for it', async () => {
    const calendar = await liaison.ok<{ calendar: { events: unknown[] } }>(
      `{ calendar(${RANGE}) { events { id title department { name } themes { name } assignments { role user { name } } } slots { id rubric { name channels { name } } } } }`,
    );
    expect(calendar.calendar.events).toEqual([]);
  });
});

describe('bounded GraphQL over WebSocket', () => {
  let ws: WsClient;
  beforeAll(() => {
    ws = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      retryAttempts: 0,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: liaison.cookie! } });
        }
      },
    });
  });
  afterAll(async () => {
    await ws.dispose();
  });

  const firstAnswer = (query: string) =>
    new Promise<unknown>((resolve) => {
      ws.subscribe({ query }, { next: resolve, error: resolve, complete: () => resolve('complete') });
    });

  it('serves only subscriptions: queries go over HTTP, through the same limits as everything else', async () => {
    expect(await firstAnswer(depth50)).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/Only subscriptions/),
        extensions: { code: 'BAD_REQUEST' },
      }),
    ]);
  });

  it('refuses a subscription with too many aliases', async () => {
    const aliases = `subscription { calendarChanged { ${Array.from({ length: 100 }, (_, i) => `a${i}: id`).join(' ')} } }`;
    expect(await firstAnswer(aliases)).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOO_MANY_ALIASES' }) }),
    ]);
  });
});
