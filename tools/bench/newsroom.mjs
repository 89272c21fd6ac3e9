// npm run bench -- --only=newsroom — seeds a year of signals (2,000,000 by default, `--signals=N`) with varied Dutch
// text into an embedded PostgreSQL migrated by the real API, and measures over HTTP, signed in: the inbox's first page
// (open signals, newest first), Dutch full-text search over 20 fixed queries (common words, rare words, words that
// match nothing), the webcare queue, webhook ingest in signed batches of 100 and as single deliveries from 8 clients
// (with theme rules on), and the API's resident memory throughout. Writes bench-results/newsroom.json and
// tools/bench/newsroom-results.json. Timings are never asserted: exit 1 only when something broke.
//
// Options: --signals=N, --requests=N (per measured query, default 100), --no-build, --keep.
import { createHmac } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { benchStack, post, summarise } from './lib.mjs';
import { seedSignals } from './seed-signals.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1].replace(/[_,.]/g, '')) : fallback;
};
const SIGNALS = option('signals', 2_000_000);
const REQUESTS = option('requests', 100);
const WARMUP = 10;
const ZONE = 'Europe/Amsterdam';
const TARGETS = {
  inboxP50: 30,
  searchP50: 50,
  searchP95: 300,
  webcareP50: 30,
  batchPerSecond: 1000,
  singlePerSecond: 200,
  memoryMiB: 500,
};

// Twenty fixed searches: words many signals contain, words few contain, and words none contain.
const SEARCHES = {
  common: ['container', 'containers Molenweg', 'stoeptegel', 'omleiding', 'fietspaden', 'geleegd', 'gevaarlijk'],
  rare: ['kunstgrasveld', 'carillon', 'bibliotheek', 'lantaarnpaal', '"twee weken"', 'Havenkade speeltuin'],
  none: ['xylofoon', 'zeppelin', 'kwispedoor', 'fluorescentie', 'abracadabra', 'trampolinepark', 'walvis'],
};

const { log, started, startDatabase, startApi, login, run } = benchStack('newsroom', {
  root,
  args,
  zone: ZONE,
  // The throughput measurement is of ingest, not of the per-source throttle.
  apiEnv: { INGEST_PER_MINUTE: '10000000' },
});

/** Resident memory of a process in MiB, from /proc; null where there is none. */
function rssMiB(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Math.round(Number(line.split(/\s+/)[1]) / 1024) : null;
  } catch {
    return null;
  }
}

function graphql(base, cookie) {
  return async (query, variables = {}) => {
    const response = await post(`${base}/graphql`, { query, variables }, { cookie });
    const json = JSON.parse(response.body);
    if (response.status !== 200 || json.errors)
      throw new Error(`GraphQL answered ${response.status}: ${response.body.slice(0, 500)}`);
    return { json, ms: response.ms };
  };
}

async function timeQuery(call, query, variables, requests = REQUESTS) {
  for (let i = 0; i < WARMUP; i++) await call(query, variables);
  const samples = [];
  for (let i = 0; i < requests; i++) samples.push((await call(query, variables)).ms);
  return summarise(samples);
}

function sign(secret, body) {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

const BODIES = [
  'De containers aan de Molenweg worden al twee weken niet geleegd',
  'Losse stoeptegel bij de school op de Kerklaan',
  'Omleiding Dorpsstraat slecht aangegeven, fietsers rijden verkeerd',
  'Wat een mooie nieuwe bibliotheek!',
  'Zwerfafval en volle afvalbakken in het park',
];

function delivery(tag, n) {
  return JSON.stringify({
    signals: Array.from({ length: n }, (_, i) => ({
      externalId: `${tag}-${i}`,
      source: 'FACEBOOK',
      authorName: 'Bench Bewoner',
      authorHandle: 'bench',
      body: `${BODIES[i % BODIES.length]} (${tag}-${i})`,
      neighbourhood: 'Centrum',
    })),
  });
}

async function ingestRate(base, source, { clients, deliveries, perDelivery, tag }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  let next = 0;
  let accepted = 0;
  const latencies = [];
  const worker = async () => {
    for (;;) {
      const n = next++;
      if (n >= deliveries) return;
      const body = delivery(`${tag}-${n}`, perDelivery);
      const response = await post(
        `${base}/ingest/${source.id}`,
        body,
        { 'x-planbord-signature': sign(source.secret, body) },
        agent,
      );
      if (response.status !== 202)
        throw new Error(`ingest answered ${response.status}: ${response.body.slice(0, 300)}`);
      accepted += JSON.parse(response.body).accepted;
      latencies.push(response.ms);
    }
  };
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: clients }, worker));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  agent.destroy();
  return {
    clients,
    deliveries,
    signalsPerDelivery: perDelivery,
    accepted,
    seconds: Math.round(seconds * 100) / 100,
    signalsPerSecond: Math.round(accepted / seconds),
    latencyMs: summarise(latencies),
  };
}

async function main() {
  const database = await startDatabase();
  const { db } = database;
  const { postgresVersion } = database;

  log('migrating and seeding the demo municipality through the API');
  let api = await startApi(database.url);
  await api.stop();

  log(`seeding ${SIGNALS.toLocaleString('en')} signals over the past year`);
  const seedStarted = Date.now();
  await seedSignals(db, SIGNALS, log);
  const seedSeconds = Math.round((Date.now() - seedStarted) / 1000);
  // Theme rules on, as in daily use: every arriving signal is matched against them.
  await db.query(
    `INSERT INTO theme_rules (theme_id, keywords)
     SELECT id, keywords FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM themes) t
       JOIN (VALUES (1, ARRAY['container', 'afval', 'zwerfafval', 'afvalbak']), (2, ARRAY['stoeptegel', 'fietspad', 'omleiding']),
                    (3, ARRAY['bibliotheek', 'cultuur']), (4, ARRAY['speeltuin', 'park'])) AS k(n, keywords) USING (n)`,
  );
  const {
    rows: [counts],
  } = await db.query(
    `SELECT count(*)::int AS signals, count(*) FILTER (WHERE status IN ('NEW', 'IN_PROGRESS', 'WAITING_FOR_DEPARTMENT'))::int AS open,
            pg_size_pretty(pg_total_relation_size('signals')) AS size,
            (SELECT count(*)::int FROM theme_rules) AS rules
       FROM signals`,
  );
  log(
    `${counts.signals.toLocaleString('en')} signals (${counts.open} open, ${counts.size}), seeded in ${seedSeconds} s`,
  );

  api = await startApi(database.url);
  const loadBefore = loadavg()[0];
  const memory = [];
  const sampler = setInterval(() => memory.push(rssMiB(api.child.pid)), 250);
  try {
    const member = graphql(api.base, await login(api.base, 'member@planbord.local'));
    const editor = graphql(api.base, await login(api.base, 'editor@planbord.local'));

    log(`inbox: first page of open signals, ${WARMUP} warm-up + ${REQUESTS} requests`);
    const INBOX = `query Inbox($filter: SignalFilter, $first: Int) { signals(filter: $filter, first: $first) {
      nodes { id source body authorName receivedAt status priority needsReply neighbourhood firstReplyDueAt } endCursor hasNextPage } }`;
    const inbox = await timeQuery(member, INBOX, {
      filter: { status: ['NEW', 'IN_PROGRESS', 'WAITING_FOR_DEPARTMENT'] },
      first: 50,
    });
    log(`  p50 ${inbox.p50} ms, p95 ${inbox.p95} ms`);

    log(`search: 20 fixed queries, ${WARMUP} warm-up + ${Math.max(10, REQUESTS / 5)} requests each`);
    const SEARCH = `query Search($filter: SignalFilter) { signals(filter: $filter, first: 50) {
      nodes { id body receivedAt status } endCursor hasNextPage } }`;
    const search = { queries: [], byKind: {} };
    const all = [];
    for (const [kind, words] of Object.entries(SEARCHES)) {
      const samples = [];
      for (const word of words) {
        const variables = { filter: { search: word } };
        const { json } = await member(SEARCH, variables);
        const perQuery = [];
        for (let i = 0; i < WARMUP; i++) await member(SEARCH, variables);
        for (let i = 0; i < Math.max(10, REQUESTS / 5); i++) perQuery.push((await member(SEARCH, variables)).ms);
        samples.push(...perQuery);
        const s = summarise(perQuery);
        search.queries.push({ kind, query: word, hits: json.data.signals.nodes.length, p50: s.p50, p95: s.p95 });
        log(
          `  ${kind.padEnd(6)} ${word.padEnd(22)} ${String(json.data.signals.nodes.length).padStart(3)} on the page, p50 ${s.p50} ms`,
        );
      }
      search.byKind[kind] = summarise(samples);
      all.push(...samples);
    }
    search.all = summarise(all);
    log(`  all: p50 ${search.all.p50} ms, p95 ${search.all.p95} ms`);

    let webcare = null;
    try {
      log(`webcareQueue: ${WARMUP} warm-up + ${REQUESTS} requests`);
      const WEBCARE = `query Queue { webcareQueue { id source body receivedAt firstReplyDueAt overdue priority } }`;
      const { json } = await member(WEBCARE);
      webcare = { ...(await timeQuery(member, WEBCARE, {})), items: json.data.webcareQueue.length };
      log(`  ${webcare.items} signals, p50 ${webcare.p50} ms, p95 ${webcare.p95} ms`);
    } catch (error) {
      webcare = { error: error.message.slice(0, 300) };
      log(`  not measured: ${webcare.error}`);
    }

    const { json: created } = await editor(
      `mutation { createIngestSource(name: "Monitoring (bench)", kind: "WEBHOOK") { secret source { id } } }`,
    );
    const source = { id: created.data.createIngestSource.source.id, secret: created.data.createIngestSource.secret };
    log('ingest: 100 signed batches of 100 signals from one client');
    const batches = await ingestRate(api.base, source, { clients: 1, deliveries: 100, perDelivery: 100, tag: 'batch' });
    log(`  ${batches.signalsPerSecond} signals/s (p50 ${batches.latencyMs.p50} ms a batch)`);
    log('ingest: 2,000 single deliveries from 8 clients');
    const singles = await ingestRate(api.base, source, { clients: 8, deliveries: 2000, perDelivery: 1, tag: 'single' });
    log(`  ${singles.signalsPerSecond} signals/s (p50 ${singles.latencyMs.p50} ms a delivery)`);
    const {
      rows: [{ suggested }],
    } = await db.query(
      `SELECT count(*)::int AS suggested FROM signals WHERE ingest_source_id = $1 AND jsonb_array_length(suggestions) > 0`,
      [source.id],
    );

    clearInterval(sampler);
    const rss = memory.filter((m) => m != null);
    const peakMiB = rss.length ? Math.max(...rss) : null;
    const round = (x) => (x == null ? null : Math.round(x * 100) / 100);
    const targets = [
      {
        name: 'inbox first page p50',
        target: `<= ${TARGETS.inboxP50} ms`,
        value: inbox.p50,
        pass: inbox.p50 <= TARGETS.inboxP50,
      },
      {
        name: 'search p50 (20 queries)',
        target: `<= ${TARGETS.searchP50} ms`,
        value: search.all.p50,
        pass: search.all.p50 <= TARGETS.searchP50,
      },
      {
        name: 'search p95 (20 queries)',
        target: `<= ${TARGETS.searchP95} ms`,
        value: search.all.p95,
        pass: search.all.p95 <= TARGETS.searchP95,
      },
      {
        name: 'webcareQueue p50',
        target: `<= ${TARGETS.webcareP50} ms`,
        value: webcare.p50 ?? 'not measured',
        pass: webcare.p50 == null ? null : webcare.p50 <= TARGETS.webcareP50,
      },
      {
        name: 'ingest, signed batches of 100',
        target: `>= ${TARGETS.batchPerSecond} signals/s`,
        value: batches.signalsPerSecond,
        pass: batches.signalsPerSecond >= TARGETS.batchPerSecond,
      },
      {
        name: 'ingest, single deliveries from 8 clients',
        target: `>= ${TARGETS.singlePerSecond} signals/s`,
        value: singles.signalsPerSecond,
        pass: singles.signalsPerSecond >= TARGETS.singlePerSecond,
      },
      {
        name: 'API resident memory, peak',
        target: `< ${TARGETS.memoryMiB} MiB`,
        value: peakMiB,
        pass: peakMiB == null ? null : peakMiB < TARGETS.memoryMiB,
      },
    ];
    const results = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGiB: round(totalmem() / 2 ** 30),
        loadAverage1m: { before: round(loadBefore), after: round(loadavg()[0]) },
        node: process.version,
        postgres: postgresVersion,
      },
      settings: {
        warmup: WARMUP,
        requests: REQUESTS,
        transport: 'HTTP/1.1 keep-alive over loopback',
        apiMode: 'NODE_ENV=production',
      },
      dataset: { ...counts, seedSeconds },
      latencyMs: { inbox, search, webcareQueue: webcare },
      ingest: { batches, singles, signalsWithThemeSuggestions: suggested },
      memoryMiB: { peak: peakMiB, samples: rss.length, last: rss.at(-1) ?? null },
      targets,
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
    const text = `${JSON.stringify(results, null, 2)}\n`;
    mkdirSync(join(root, 'bench-results'), { recursive: true });
    writeFileSync(join(root, 'bench-results', 'newsroom.json'), text);
    writeFileSync(join(root, 'tools', 'bench', 'newsroom-results.json'), text);
    process.stdout.write(
      `\nPlanbord newsroom benchmark — ${counts.signals.toLocaleString('en')} signals, ${cpus().length} cores\n\n`,
    );
    for (const t of targets)
      process.stdout.write(
        `  ${t.pass === null ? 'N/A ' : t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.value} (target ${t.target})\n`,
      );
    process.stdout.write(
      `\n  written to bench-results/newsroom.json and tools/bench/newsroom-results.json (${results.durationSeconds} s)\n`,
    );
  } finally {
    clearInterval(sampler);
  }
}

run(main);
