import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventually, localDate, localTime, loggedIn, startApi, type Client, type TestApi } from './harness';

let api: TestApi;
let editor: Client;
let member: Client;

beforeAll(async () => {
  api = await startApi({ INGEST_PER_MINUTE: '1000' });
  ({ client: editor } = await loggedIn(api, 'EDITOR'));
  ({ client: member } = await loggedIn(api, 'MEMBER'));
});
afterAll(() => api.close());

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
/** A local date some days ago the ways Dutch exports write it: `14-03-2027`, `14/03/2027`, `14 maart 2027`. */
function written(daysAgo: number) {
  const [year, month, day] = localDate(-daysAgo).split('-');
  return {
    iso: `${year}-${month}-${day}`,
    dashes: `${day}-${month}-${year}`,
    slashes: `${day}/${month}/${year}`,
    words: `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`,
  };
}

const CREATE = `mutation($name: String!, $kind: String!, $url: String) {
  createIngestSource(name: $name, kind: $kind, url: $url) { secret source { id name kind url active lastRunAt lastError } }
}`;

interface Created {
  createIngestSource: {
    secret: string | null;
    source: {
      id: string;
      name: string;
      kind: string;
      url: string | null;
      lastRunAt: string | null;
      lastError: string | null;
    };
  };
}

async function webhookSource(): Promise<{ id: string; secret: string }> {
  const { createIngestSource } = await editor.ok<Created>(CREATE, {
    name: `Coosto ${randomBytes(3).toString('hex')}`,
    kind: 'WEBHOOK',
  });
  return { id: createIngestSource.source.id, secret: createIngestSource.secret! };
}

function sign(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

async function post(id: string, body: string, signature?: string, contentType = 'application/json') {
  const res = await fetch(`${api.url}/ingest/${id}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(signature ? { 'x-planbord-signature': signature } : {}) },
    body,
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    headers: res.headers,
  };
}

async function countSignals(where: string, params: unknown[]): Promise<number> {
  const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM signals WHERE ${where}`, params);
  return n;
}

const batch = (tag: string) => ({
  signals: [
    {
      externalId: `${tag}-1`,
      source: 'FACEBOOK',
      url: 'https://facebook.example/p/1',
      authorName: 'Jan Jansen',
      authorHandle: 'janj',
      body: 'De containers aan de Molenweg worden al twee weken niet geleegd',
      receivedAt: localTime(-2, '09:15').toISOString(),
      neighbourhood: 'Molenwijk',
    },
    { externalId: `${tag}-2`, source: 'INSTAGRAM', body: 'Mooie nieuwe bibliotheek!' },
    {
      externalId: `${tag}-3`,
      source: 'X',
      body: 'Omleiding Kerklaan slecht aangegeven',
      receivedAt: localTime(-2, '10:00').toISOString(),
    },
  ],
});

describe('webhook ingest', () => {
  it('makes a source whose secret is shown once, and accepts three signed signals once however often delivered', async () => {
    const { createIngestSource } = await editor.ok<Created>(CREATE, { name: 'OBI4wan', kind: 'WEBHOOK' });
    expect(createIngestSource.secret).toMatch(/^pbi_[\w-]{43}$/);
    const { id } = createIngestSource.source;
    const listed = await member.ok<{ ingestSources: Record<string, unknown>[] }>(
      '{ ingestSources { id name kind active } }',
    );
    expect(listed.ingestSources).toContainEqual({ id, name: 'OBI4wan', kind: 'WEBHOOK', active: true });
    // The secret is nowhere else: not in the schema's type, not in the audit trail.
    const audit = await api.db.query(`SELECT after FROM audit_entries WHERE entity_id = $1`, [id]);
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(createIngestSource.secret);

    const body = JSON.stringify(batch('d1'));
    const first = await post(id, body, sign(createIngestSource.secret!, body));
    expect(first).toMatchObject({ status: 202, body: { accepted: 3, duplicates: 0, rejected: [] } });
    const again = await post(id, body, sign(createIngestSource.secret!, body));
    expect(again).toMatchObject({ status: 202, body: { accepted: 0, duplicates: 3, rejected: [] } });
    expect(await countSignals('ingest_source_id = $1', [id])).toBe(3);

    const [signal] = await api.db.query(
      `SELECT source, author_name, author_handle, neighbourhood, received_at FROM signals WHERE ingest_source_id = $1 AND external_id = 'd1-1'`,
      [id],
    );
    expect(signal).toMatchObject({
      source: 'FACEBOOK',
      author_name: 'Jan Jansen',
      author_handle: 'janj',
      neighbourhood: 'Molenwijk',
    });
    expect(new Date(signal.received_at).toISOString()).toBe(localTime(-2, '09:15').toISOString());
  });

  it('refuses a missing or wrong signature with 401 and stores nothing', async () => {
    const { id, secret } = await webhookSource();
    const body = JSON.stringify(batch('d2'));
    expect((await post(id, body)).status).toBe(401);
    expect((await post(id, body, sign('another secret', body))).status).toBe(401);
    expect((await post(id, body, sign(secret, `${body} `))).status).toBe(401);
    expect((await post(id, body, 'sha256=zz')).status).toBe(401);
    expect(await countSignals('ingest_source_id = $1', [id])).toBe(0);
  });

  it('answers an unknown or switched-off source as a wrong signature, without a hint', async () => {
    const { id, secret } = await webhookSource();
    const body = JSON.stringify(batch('d3'));
    const unknown = await post('00000000-0000-4000-8000-000000000000', body, sign(secret, body));
    const notAnId = await post('nope', body, sign(secret, body));
    await editor.ok('mutation($id: ID!) { setIngestSourceActive(id: $id, active: false) { active } }', { id });
    const inactive = await post(id, body, sign(secret, body));
    for (const answer of [unknown, notAnId, inactive])
      expect(answer).toMatchObject({ status: 401, body: unknown.body });
    expect(await countSignals('ingest_source_id = $1', [id])).toBe(0);
  });

  it('answers 400 for a body that is not JSON or not a batch, and 413 for too many signals or bytes', async () => {
    const { id, secret } = await webhookSource();
    const notJson = 'signals=1';
    expect(await post(id, notJson, sign(secret, notJson))).toMatchObject({ status: 400 });
    const wrongShape = JSON.stringify([{ body: 'x' }]);
    expect(await post(id, wrongShape, sign(secret, wrongShape))).toMatchObject({ status: 400 });

    const many = JSON.stringify({
      signals: Array.from({ length: 501 }, (_, i) => ({ externalId: `m${i}`, source: 'OTHER', body: 'x' })),
    });
    expect(await post(id, many, sign(secret, many))).toMatchObject({ status: 413 });
    const big = JSON.stringify({
      signals: [{ externalId: 'big', source: 'OTHER', body: 'x'.repeat(5 * 1024 * 1024) }],
    });
    expect((await post(id, big, sign(secret, big))).status).toBe(413);
    expect(await countSignals('ingest_source_id = $1', [id])).toBe(0);
  });

  it('stores the good signals of a batch and names each refused one by index and field', async () => {
    const { id, secret } = await webhookSource();
    const body = JSON.stringify({
      signals: [
        { externalId: 'r1', source: 'FACEBOOK', body: 'Goed' },
        { externalId: 'r2', source: 'FAX', body: '' },
        { source: 'EMAIL', body: 'Geen id' },
        { externalId: 'r4', source: 'EMAIL', body: 'Uit de toekomst', receivedAt: '2999-01-01T00:00:00Z' },
        { externalId: 'r5', source: 'EMAIL', body: 'Zonder zone', receivedAt: `${localDate(-2)}T10:00:00` },
        'geen object',
        { externalId: 'r1', source: 'FACEBOOK', body: 'Goed' },
      ],
    });
    const answer = await post(id, body, sign(secret, body));
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ accepted: 1, duplicates: 1 });
    const rejected = answer.body!.rejected as { index: number; fields: Record<string, { code: string }> }[];
    expect(rejected.map((r) => [r.index, Object.keys(r.fields).sort()])).toEqual([
      [1, ['body', 'source']],
      [2, ['externalId']],
      [3, ['receivedAt']],
      [4, ['receivedAt']],
      [5, ['signal']],
    ]);
    expect(await countSignals('ingest_source_id = $1', [id])).toBe(1);
    // A signal without its own time arrives now.
    const [{ received_at }] = await api.db.query(`SELECT received_at FROM signals WHERE ingest_source_id = $1`, [id]);
    expect(Math.abs(new Date(received_at).getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('throttles one source with 429 and Retry-After, leaving the others alone', async () => {
    const throttled = await startApi({ INGEST_PER_MINUTE: '2' }, api);
    try {
      const { id, secret } = await webhookSource();
      const other = await webhookSource();
      const answers: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 4; i++) {
        const body = JSON.stringify({ signals: [{ externalId: `t${i}`, source: 'OTHER', body: `Bericht ${i}` }] });
        const res = await fetch(`${throttled.url}/ingest/${id}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-planbord-signature': sign(secret, body) },
          body,
        });
        answers.push(res.status);
        retryAfter ??= res.headers.get('retry-after');
      }
      // A minute boundary may fall between the deliveries, so at least one and at most two are refused.
      expect(answers.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      const body = JSON.stringify({ signals: [{ externalId: 'o', source: 'OTHER', body: 'Ander' }] });
      const res = await fetch(`${throttled.url}/ingest/${other.id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-planbord-signature': sign(other.secret, body) },
        body,
      });
      expect(res.status).toBe(202);
    } finally {
      await throttled.close();
    }
  });

  it('renews a secret: the old one stops working, the new one signs', async () => {
    const { id, secret } = await webhookSource();
    const { rotateIngestSecret } = await editor.ok<{ rotateIngestSecret: { secret: string } }>(
      'mutation($id: ID!) { rotateIngestSecret(id: $id) { secret } }',
      { id },
    );
    expect(rotateIngestSecret.secret).not.toBe(secret);
    const body = JSON.stringify(batch('d4'));
    expect((await post(id, body, sign(secret, body))).status).toBe(401);
    expect((await post(id, body, sign(rotateIngestSecret.secret, body))).status).toBe(202);
  });

  it('lets only editors make sources and validates them', async () => {
    const res = await member.gql(CREATE, { name: 'x', kind: 'WEBHOOK' });
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const bad = await editor.gql(CREATE, { name: ' ', kind: 'MAIL' });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: { name: { code: 'required' }, kind: { code: 'invalidChoice' } },
    });
    const noUrl = await editor.gql(CREATE, { name: 'Feed', kind: 'RSS' });
    expect(noUrl.errors?.[0].extensions).toMatchObject({ issues: { url: { code: 'required' } } });
  });
});

describe('RSS/Atom polling', () => {
  let feed: Server;
  let feedUrl: string;
  let items = 2;
  let fail = false;

  beforeAll(async () => {
    feed = createServer((req, res) => {
      if (fail) {
        res.writeHead(503).end();
        return;
      }
      const entries = Array.from(
        { length: items },
        (_, i) => `<item><title>Reactie ${i + 1}</title><link>https://nieuws.example/molenweg#r${i + 1}</link>
          <guid isPermaLink="false">r${i + 1}</guid><description>&lt;p&gt;De omleiding is onduidelijk (${i + 1})&lt;/p&gt;</description>
          <pubDate>${localTime(-2, `1${i}:00`).toUTCString()}</pubDate></item>`,
      ).join('');
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(
        `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Lindeveld Nieuws</title>${entries}</channel></rss>`,
      );
    });
    await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve));
    feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/reacties.xml`;
  });
  afterAll(() => new Promise<void>((resolve) => feed.close(() => resolve())));

  it('turns a feed into signals once, however often it is polled, and keeps how the last run went', async () => {
    const { createIngestSource } = await editor.ok<Created>(CREATE, {
      name: 'Lindeveld Nieuws',
      kind: 'RSS',
      url: feedUrl,
    });
    expect(createIngestSource.secret).toBeNull();
    const { id } = createIngestSource.source;
    const POLL = 'mutation($id: ID!) { pollIngestSource(id: $id) { lastRunAt lastError } }';

    const first = await member.ok<{ pollIngestSource: { lastRunAt: string; lastError: string | null } }>(POLL, { id });
    expect(first.pollIngestSource.lastError).toBeNull();
    expect(first.pollIngestSource.lastRunAt).not.toBeNull();
    await member.ok(POLL, { id });
    expect(await countSignals('ingest_source_id = $1', [id])).toBe(2);

    items = 3;
    await member.ok(POLL, { id });
    await member.ok(POLL, { id });
    expect(await countSignals('ingest_source_id = $1', [id])).toBe(3);
    const rows = await api.db.query(
      `SELECT external_id, source, body, url, received_at FROM signals WHERE ingest_source_id = $1 ORDER BY external_id`,
      [id],
    );
    expect(rows[0]).toMatchObject({
      external_id: 'r1',
      source: 'NEWS_SITE',
      body: 'Reactie 1\n\nDe omleiding is onduidelijk (1)',
      url: 'https://nieuws.example/molenweg#r1',
    });
    expect(new Date(rows[0].received_at).toISOString()).toBe(localTime(-2, '10:00').toISOString());

    fail = true;
    const failed = await member.ok<{ pollIngestSource: { lastError: string } }>(POLL, { id });
    fail = false;
    expect(failed.pollIngestSource.lastError).toContain('503');
    expect(await countSignals('ingest_source_id = $1', [id])).toBe(3);
  });
});

/** What the dry run of an upload answers (the same shape as GraphQL's ImportPreview). */
interface PreviewBody {
  run: { id: string; status: string };
  delimiter: string;
  headers: string[];
  mapping: { field: string; column: string | null; required: boolean }[];
  rowCount: number;
  validCount: number;
  problems: { row: number | null; field: string | null; code: string; message: string }[];
  preview: { row: number; cells: { field: string; value: string }[] }[];
  alreadyImported: { id: string } | null;
}

describe('signal file import', () => {
  const PREVIEW_FIELDS = `run { id status total } delimiter headers mapping { field column required } rowCount validCount
    repeated problemCount problems { row field code message } preview { row cells { field value } } alreadyImported { id }`;

  async function upload(
    client: Client,
    content: Uint8Array<ArrayBuffer>,
    fields: Record<string, string> = { dryRun: 'true' },
  ) {
    const form = new FormData();
    form.append('file', new Blob([content], { type: 'text/csv' }), 'export.csv');
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    const res = await fetch(`${api.url}/import/signals`, {
      method: 'POST',
      headers: { cookie: client.cookie!, 'x-requested-with': 'planbord' },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as PreviewBody };
  }

  const day = written(3);
  const next = written(2);
  const csv = (tag: string) =>
    new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(
        [
          'Datum;Auteur;Bericht;URL;Bron;Wijk',
          `${day.dashes} 09:30;Petra;"Losse stoeptegel bij de school; gevaarlijk (${tag})";https://facebook.example/1;Facebook;Centrum`,
          `${day.words} 10:00;Kees;"Containers vol ""alweer"" (${tag})";;Twitter;Molenwijk`,
          `morgen;Anna;Geen datum;;Facebook;`,
          `${next.iso} 08:00;;;;;`,
          `${next.slashes} 11:15;Bibliotheekfan;Wat een mooie bibliotheek (${tag});https://instagram.example/2;Instagram;Noord`,
        ].join('\r\n'),
      ),
    ]);

  it('previews with the guessed mapping and every row’s problems, writes nothing, then imports once', async () => {
    const { client } = await loggedIn(api, 'MEMBER', { locale: 'nl' });
    const tag = randomBytes(3).toString('hex');
    const dry = await upload(client, csv(tag));
    expect(dry.status).toBe(200);
    expect(Object.keys(dry.body.run).sort()).toEqual([
      'created',
      'createdAt',
      'error',
      'failed',
      'fileName',
      'finishedAt',
      'id',
      'kind',
      'processed',
      'progress',
      'skipped',
      'status',
      'total',
    ]);
    expect(dry.body).toMatchObject({
      delimiter: ';',
      headers: ['Datum', 'Auteur', 'Bericht', 'URL', 'Bron', 'Wijk'],
      rowCount: 5,
      validCount: 3,
      alreadyImported: null,
    });
    expect(dry.body.mapping).toEqual(
      expect.arrayContaining([
        { field: 'receivedAt', column: 'Datum', required: true },
        { field: 'authorName', column: 'Auteur', required: false },
        { field: 'body', column: 'Bericht', required: true },
        { field: 'url', column: 'URL', required: false },
        { field: 'source', column: 'Bron', required: false },
        { field: 'neighbourhood', column: 'Wijk', required: false },
        { field: 'externalId', column: null, required: false },
      ]),
    );
    expect(dry.body.problems).toEqual([
      { row: 4, field: 'receivedAt', code: 'invalidDate', message: 'Dit is geen geldige datum of tijd.' },
      { row: 5, field: 'body', code: 'required', message: 'Vul dit veld in.' },
    ]);
    expect(dry.body.preview[1]).toEqual({
      row: 3,
      cells: expect.arrayContaining([{ field: 'body', value: `Containers vol "alweer" (${tag})` }]),
    });
    expect(await countSignals(`body LIKE $1`, [`%(${tag})%`])).toBe(0);

    const importId = dry.body.run.id as string;
    const again = await client.ok<{
      previewSignalImport: { validCount: number; mapping: { field: string; column: string | null }[] };
    }>(
      `mutation($id: ID!, $mapping: [ImportMappingInput!]) { previewSignalImport(id: $id, mapping: $mapping) { ${PREVIEW_FIELDS} } }`,
      { id: importId, mapping: [{ field: 'neighbourhood', column: null }] },
    );
    expect(again.previewSignalImport.mapping).toContainEqual({ field: 'neighbourhood', column: null, required: false });

    const committed = await client.ok<{ commitSignalImport: { id: string; status: string } }>(
      `mutation($id: ID!, $mapping: [ImportMappingInput!]) { commitSignalImport(id: $id, mapping: $mapping) { id status } }`,
      { id: importId, mapping: [{ field: 'neighbourhood', column: 'Wijk' }] },
    );
    expect(committed.commitSignalImport.id).toBe(importId);
    const done = await eventually('the import to finish', async () => {
      const { signalImport } = await client.ok<{ signalImport: Record<string, unknown> }>(
        `query($id: ID!) { signalImport(id: $id) { status total processed created skipped failed progress error } }`,
        { id: importId },
      );
      return signalImport.status === 'DONE' && signalImport;
    });
    expect(done).toMatchObject({ total: 3, processed: 3, created: 3, skipped: 0, failed: 2, progress: 1, error: null });

    const rows = await api.db.query(
      `SELECT source, author_name, body, url, neighbourhood, received_at FROM signals WHERE body LIKE $1 ORDER BY received_at`,
      [`%(${tag})%`],
    );
    expect(rows.map((r: Record<string, unknown>) => [r.source, r.author_name, r.neighbourhood])).toEqual([
      ['FACEBOOK', 'Petra', 'Centrum'],
      ['X', 'Kees', 'Molenwijk'],
      ['INSTAGRAM', 'Bibliotheekfan', 'Noord'],
    ]);
    expect(new Date(rows[0].received_at).toISOString()).toBe(localTime(-3, '09:30').toISOString());
    expect(rows[0].body).toBe(`Losse stoeptegel bij de school; gevaarlijk (${tag})`);

    // The same file again: the dry run says so, and the import adds nothing.
    const second = await upload(client, csv(tag));
    expect(second.body.alreadyImported).toEqual(expect.objectContaining({ id: importId }));
    const rerun = await client.ok<{ commitSignalImport: { status: string; created: number; skipped: number } }>(
      `mutation($id: ID!) { commitSignalImport(id: $id) { status created skipped } }`,
      { id: second.body.run.id },
    );
    expect(rerun.commitSignalImport).toEqual({ status: 'DONE', created: 0, skipped: 3 });

    // An export that overlaps (same rows, another file) adds only the new row.
    const overlap = new TextEncoder().encode(
      `datum,auteur,bericht,url,bron,wijk\n${day.dashes} 09:30,Petra,"Losse stoeptegel bij de school; gevaarlijk (${tag})",https://facebook.example/1,Facebook,Centrum\n${written(1).dashes} 12:00,Ruud,Nieuw bericht (${tag}),,E-mail,\n`,
    );
    const third = await upload(client, overlap);
    expect(third.body).toMatchObject({ delimiter: ',', validCount: 2, alreadyImported: null });
    await client.ok(`mutation($id: ID!) { commitSignalImport(id: $id) { id } }`, { id: third.body.run.id });
    const last = await eventually('the overlapping import to finish', async () => {
      const { signalImport } = await client.ok<{ signalImport: { status: string; created: number; skipped: number } }>(
        `query($id: ID!) { signalImport(id: $id) { status created skipped } }`,
        { id: third.body.run.id },
      );
      return signalImport.status === 'DONE' && signalImport;
    });
    expect(last).toEqual({ status: 'DONE', created: 1, skipped: 1 });
    expect(await countSignals(`body LIKE $1`, [`%(${tag})%`])).toBe(4);
  });

  it('imports a large file in chunks, its progress counted to the last row', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const tag = randomBytes(3).toString('hex');
    const lines = Array.from(
      { length: 1200 },
      (_, i) => `${written(4).dashes} 08:${String(i % 60).padStart(2, '0')},Melding ${i} (${tag}),Telefoon`,
    );
    const dry = await upload(client, new TextEncoder().encode(`datum,bericht,bron\n${lines.join('\n')}\n`));
    expect(dry.body).toMatchObject({ rowCount: 1200, validCount: 1200 });
    expect(dry.body.preview).toHaveLength(20);
    await client.ok(`mutation($id: ID!) { commitSignalImport(id: $id) { id } }`, { id: dry.body.run.id });
    const done = await eventually(
      'the large import to finish',
      async () => {
        const { signalImport } = await client.ok<{ signalImport: Record<string, unknown> }>(
          `query($id: ID!) { signalImport(id: $id) { status total processed created progress } }`,
          { id: dry.body.run.id },
        );
        return signalImport.status === 'DONE' && signalImport;
      },
      60_000,
    );
    expect(done).toEqual({ status: 'DONE', total: 1200, processed: 1200, created: 1200, progress: 1 });
    expect(await countSignals(`body LIKE $1 AND source = 'PHONE'`, [`%(${tag})`])).toBe(1200);
  });

  it('refuses an upload without the header, without a session, from a liaison, or without a file', async () => {
    const { client: liaison } = await loggedIn(api, 'LIAISON');
    const form = () => {
      const data = new FormData();
      data.append('file', new Blob(['bericht\nx\n']), 'a.csv');
      data.append('dryRun', 'true');
      return data;
    };
    const noHeader = await fetch(`${api.url}/import/signals`, {
      method: 'POST',
      headers: { cookie: member.cookie! },
      body: form(),
    });
    expect(noHeader.status).toBe(403);
    const anonymous = await fetch(`${api.url}/import/signals`, {
      method: 'POST',
      headers: { 'x-requested-with': 'planbord' },
      body: form(),
    });
    expect(anonymous.status).toBe(401);
    expect((await upload(liaison, new TextEncoder().encode('bericht\nx\n'))).status).toBe(403);
    const empty = new FormData();
    empty.append('dryRun', 'true');
    const noFile = await fetch(`${api.url}/import/signals`, {
      method: 'POST',
      headers: { cookie: member.cookie!, 'x-requested-with': 'planbord' },
      body: empty,
    });
    expect(noFile.status).toBe(400);
  });

  it('keeps one person’s import from another, and refuses to import a file whose mapping lacks a required field', async () => {
    const { client: owner } = await loggedIn(api, 'MEMBER');
    const dry = await upload(owner, new TextEncoder().encode(`wanneer;wat\n${written(5).dashes};Iets\n`));
    expect(dry.body.problems[0]).toMatchObject({ row: null, field: 'receivedAt', code: 'required' });
    const commit = await owner.gql(`mutation($id: ID!) { commitSignalImport(id: $id) { id } }`, {
      id: dry.body.run.id,
    });
    expect(commit.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: { receivedAt: { code: 'required' } },
    });
    const mapped = await owner.ok<{ commitSignalImport: { status: string } }>(
      `mutation($id: ID!, $m: [ImportMappingInput!]) { commitSignalImport(id: $id, mapping: $m) { status } }`,
      {
        id: dry.body.run.id,
        m: [
          { field: 'receivedAt', column: 'wanneer' },
          { field: 'body', column: 'wat' },
        ],
      },
    );
    expect(mapped.commitSignalImport.status).toBe('QUEUED');
    const other = await member.gql(`query($id: ID!) { signalImport(id: $id) { id } }`, { id: dry.body.run.id });
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
