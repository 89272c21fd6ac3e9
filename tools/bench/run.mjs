// npm run bench — seeds a large municipality (5 years) and a small one (1 month) into an embedded PostgreSQL, and
// measures the month `calendar` query of the real API over HTTP against a plain node:http + pg endpoint
// (tools/bench/plain-server.mjs), counts SQL statements per request with pg_stat_statements, and compares the month
// on 1 month of history with the same month on 5 years. Writes bench-results/latest.json and
// tools/bench/latest-results.json and prints a table. Timings never fail the run: exit 1 only when something broke.
//
// Then the newsroom benchmark (tools/bench/newsroom.mjs: 2,000,000 signals, inbox, search, webcare queue, ingest) and
// the insights benchmark (tools/bench/insights.mjs: the same year of signals, 50,000 posts with figures, every report).
//
// Options: --only=calendar, --only=newsroom or --only=insights, --signals=N (newsroom), --no-build (use the existing dist/api),
// --requests=N (default 200), --warmup=N (default 30), --keep (keep the temp folder for inspection), --profile (a V8 CPU profile of the API during the 5-year run, in
// bench-results/profiles/), --api=<path of a compiled main.js> (bench another build of the API, e.g. an experiment;
// implies --no-build).
import { execFileSync, spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { closeAgent, post, startNode, stopChild, summarise } from './lib.mjs';
import { copyMonth, datasetCounts, seedLarge } from './seed.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const REQUESTS = option('requests', 200);
const API_MAIN = resolve(
  args.find((a) => a.startsWith('--api='))?.slice(6) ?? join(root, 'dist/api/apps/api/src/main.js'),
);
const WARMUP = option('warmup', 30);
const ZONE = 'Europe/Amsterdam';
const TARGETS = { ratio: 2, cpu: 3, growth: 1.3 };
const API_ROLE = 'planbord_api';
const PLAIN_ROLE = 'planbord_plain';

const CALENDAR_QUERY = `query Calendar($from: DateTime!, $to: DateTime!) {
  calendar(from: $from, to: $to) {
    events { id title startsAt endsAt allDay status coverage department { name color } themes { name color } assignments { role status user { name } } }
    slots { id kind status startsAt title rubric { name theme { color } channels { name } } channel { name } assignments { role user { name } } }
  }
}`;

const started = Date.now();
const log = (message) =>
  process.stdout.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
const children = new Set();
let database = null;
let tempDir = null;

async function cleanup() {
  for (const child of children) await stopChild(child).catch(() => undefined);
  children.clear();
  closeAgent();
  if (database) await database.stop().catch(() => undefined);
  database = null;
  if (tempDir && !args.includes('--keep')) rmSync(tempDir, { recursive: true, force: true });
  else if (tempDir) log(`kept ${tempDir}`);
  tempDir = null;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url, options: '-c timezone=UTC' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function startApi(url, { seedDemo, profile = false }) {
  const api = await startNode(API_MAIN, {
    execArgv: profile ? ['--cpu-prof', `--cpu-prof-dir=${join(root, 'bench-results', 'profiles')}`] : [],
    name: 'the API',
    cwd: root,
    env: {
      NODE_PATH: join(root, 'node_modules'),
      DATABASE_URL: url,
      PORT: '0',
      SEED_DEMO: String(seedDemo),
      NODE_ENV: 'production',
      DATA_DIR: join(tempDir, 'api-data'),
      ORG_TIME_ZONE: ZONE,
    },
    ready: /Planbord is running at http:\/\/localhost:(\d+)/,
    timeoutMs: 180_000,
  });
  children.add(api.child);
  api.child.once('exit', () => children.delete(api.child));
  return { ...api, base: `http://127.0.0.1:${api.match[1]}` };
}

async function startPlain(url) {
  const plain = await startNode(join(root, 'tools/bench/plain-server.mjs'), {
    name: 'the plain endpoint',
    cwd: root,
    env: { DATABASE_URL: url },
    ready: /plain endpoint on (http:\/\/127\.0\.0\.1:\d+)/,
  });
  children.add(plain.child);
  plain.child.once('exit', () => children.delete(plain.child));
  return { ...plain, base: plain.match[1] };
}

async function login(base) {
  const response = await post(`${base}/graphql`, {
    query:
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id role } }',
    variables: { email: 'member@planbord.local', password: 'planbord-demo' },
  });
  const setCookie = [].concat(response.headers['set-cookie'] ?? []);
  const cookie = setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('planbord_session='));
  if (response.status !== 200 || !cookie)
    throw new Error(`login failed (${response.status}): ${response.body.slice(0, 500)}`);
  return cookie;
}

function client(api, plain, cookie) {
  const check = (what, response) => {
    if (response.status !== 200 || !response.body.startsWith('{"data"') || response.body.includes('"errors"')) {
      throw new Error(`${what} answered ${response.status}: ${response.body.slice(0, 800)}`);
    }
    return response;
  };
  return {
    graphql: async (range) =>
      check(
        'GraphQL calendar',
        await post(`${api.base}/graphql`, { query: CALENDAR_QUERY, variables: range }, { cookie }),
      ),
    plain: async (range) => check('plain calendar', await post(`${plain.base}/calendar`, range, { cookie })),
  };
}

/** Where two JSON values first differ, as a path; null when equal. */
function firstDifference(a, b, path = '$') {
  if (isDeepStrictEqual(a, b)) return null;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  ) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  if (Array.isArray(a) && a.length !== b.length) return `${path}: length ${a.length} vs ${b.length}`;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const found = firstDifference(a[key], b[key], `${path}.${key}`);
    if (found) return found;
  }
  return `${path}: differ`;
}

/**
 * The calendar with each item's assignments in a fixed order: the API orders them by created_at only, so jobs created
 * in one transaction (the demo seed) come back in any order.
 */
function canonical(json) {
  const copy = structuredClone(json);
  const calendar = copy?.data?.calendar;
  for (const item of [...(calendar?.events ?? []), ...(calendar?.slots ?? [])]) {
    item.assignments?.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return copy;
}

let clockTicks = 100;
try {
  clockTicks = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
} catch {
  // keep 100, the Linux default
}

/** CPU time (user + system, ms) a process has used so far, from /proc; null where there is no /proc. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch {
    return null;
  }
}

/**
 * Alternates GraphQL and plain requests (order swapped each round), sequentially, after a warm-up. Besides wall-clock
 * latency it records the CPU time each server process spent per request, which other load on the machine hardly skews.
 */
async function measure(calls, range, label, pids) {
  for (let i = 0; i < WARMUP; i++) {
    await calls.graphql(range);
    await calls.plain(range);
  }
  const graphql = [];
  const plain = [];
  const cpuBefore = { graphql: cpuMs(pids.graphql), plain: cpuMs(pids.plain) };
  for (let i = 0; i < REQUESTS; i++) {
    if (i % 2 === 0) {
      graphql.push((await calls.graphql(range)).ms);
      plain.push((await calls.plain(range)).ms);
    } else {
      plain.push((await calls.plain(range)).ms);
      graphql.push((await calls.graphql(range)).ms);
    }
  }
  const perRequest = (name) => {
    const after = cpuMs(pids[name]);
    return after == null || cpuBefore[name] == null
      ? null
      : Math.round(((after - cpuBefore[name]) / REQUESTS) * 10) / 10;
  };
  const cpu = { graphql: perRequest('graphql'), plain: perRequest('plain') };
  const result = {
    graphql: { ...summarise(graphql), nodeCpuMsPerRequest: cpu.graphql },
    plain: { ...summarise(plain), nodeCpuMsPerRequest: cpu.plain },
  };
  log(
    `${label}: GraphQL p50 ${result.graphql.p50} ms, p95 ${result.graphql.p95} ms; plain p50 ${result.plain.p50} ms, p95 ${result.plain.p95} ms; Node CPU per request: GraphQL ${cpu.graphql} ms, plain ${cpu.plain} ms`,
  );
  return result;
}

async function itemsIn(db, range) {
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM events e WHERE e.deleted_at IS NULL AND e.starts_at < $2 AND e.ends_at > $1 AND e.status <> 'DECLINED')::int AS events,
            (SELECT count(*) FROM slots s WHERE s.deleted_at IS NULL AND s.starts_at >= $1 AND s.starts_at < $2)::int AS slots`,
    [range.from, range.to],
  );
  const { rows: jobs } = await db.query(
    `SELECT count(*)::int AS n FROM assignments a WHERE a.deleted_at IS NULL AND (
       a.event_id IN (SELECT e.id FROM events e WHERE e.deleted_at IS NULL AND e.starts_at < $2 AND e.ends_at > $1 AND e.status <> 'DECLINED')
       OR a.slot_id IN (SELECT s.id FROM slots s WHERE s.deleted_at IS NULL AND s.starts_at >= $1 AND s.starts_at < $2))`,
    [range.from, range.to],
  );
  return {
    events: rows[0].events,
    slots: rows[0].slots,
    items: rows[0].events + rows[0].slots,
    assignments: jobs[0].n,
  };
}

/** The smallest range from `start` (growing by `step` ms) that holds at least `wanted` items. */
async function rangeWith(db, start, wanted, step) {
  const from = new Date(start);
  for (let i = 1; i <= 2000; i++) {
    const range = { from: from.toISOString(), to: new Date(from.getTime() + i * step).toISOString() };
    const items = await itemsIn(db, range);
    if (items.items >= wanted) return { ...range, ...items };
  }
  throw new Error(`no range from ${start} holds ${wanted} items`);
}

/**
 * SQL statements the given role ran during `fn`, from pg_stat_statements (reset first); pg-boss's polling of its own
 * tables runs on its own clock in the same process and is left out.
 */
async function statementsDuring(admin, role, fn) {
  await admin.query('SELECT pg_stat_statements_reset()');
  await fn();
  const { rows } = await admin.query(
    `SELECT s.calls::int AS calls, regexp_replace(s.query, '\\s+', ' ', 'g') AS query
       FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
      WHERE r.rolname = $1 AND s.query NOT LIKE '%pgboss.%' ORDER BY s.calls DESC, s.query`,
    [role],
  );
  return {
    total: rows.reduce((n, r) => n + r.calls, 0),
    statements: rows.map((r) => ({
      calls: r.calls,
      query: r.query.length > 220 ? `${r.query.slice(0, 220)}…` : r.query,
    })),
  };
}

async function countStatements(admin, calls, range, repeats = 5) {
  await calls.graphql(range); // refreshes the session's idle clock, so no touch UPDATE falls into the counted requests
  const graphql = [];
  const plain = [];
  let graphqlStatements = null;
  let plainStatements = null;
  for (let i = 0; i < repeats; i++) {
    const g = await statementsDuring(admin, API_ROLE, () => calls.graphql(range));
    const p = await statementsDuring(admin, PLAIN_ROLE, () => calls.plain(range));
    graphql.push(g.total);
    plain.push(p.total);
    graphqlStatements ??= g.statements;
    plainStatements ??= p.statements;
  }
  return { graphql, plain, graphqlStatements, plainStatements };
}

/** EXPLAIN ANALYZE of the events filter as the API writes it and as a range overlap that can use the GiST index. */
async function explainEvents(db, range) {
  const variants = {
    asWritten: `SELECT e.* FROM events e WHERE e.deleted_at IS NULL AND e.starts_at < $2 AND e.ends_at > $1 AND e.status <> 'DECLINED' ORDER BY e.starts_at, e.id`,
    rangeOverlap: `SELECT e.* FROM events e WHERE e.deleted_at IS NULL AND tstzrange(e.starts_at, e.ends_at) && tstzrange($1, $2) AND e.status <> 'DECLINED' ORDER BY e.starts_at, e.id`,
  };
  const out = {};
  for (const [name, sql] of Object.entries(variants)) {
    const times = [];
    let plan = null;
    for (let i = 0; i < 7; i++) {
      const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, [range.from, range.to]);
      const result = rows[0]['QUERY PLAN'][0];
      times.push(result['Execution Time']);
      plan = result.Plan;
    }
    const nodes = [];
    const walk = (node) => {
      nodes.push(
        `${node['Node Type']}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}${node['Rows Removed by Filter'] ? ` (rows removed by filter: ${node['Rows Removed by Filter']})` : ''}`,
      );
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(plan);
    out[name] = { executionMs: summarise(times).p50, plan: nodes };
  }
  return out;
}

async function main() {
  if (!args.includes('--no-build') && !args.some((a) => a.startsWith('--api='))) {
    log('building the API (node tools/build.mjs --api-only)');
    execFileSync(process.execPath, [join(root, 'tools/build.mjs'), '--api-only'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const require = createRequire(import.meta.url);
  const { startEmbeddedPostgres, createDatabase } = require(
    join(root, 'dist/api/libs/api/core/src/embedded-postgres.js'),
  );

  tempDir = mkdtempSync(join(tmpdir(), 'planbord-bench-'));
  chmodSync(tempDir, 0o755);
  const pgDir = join(tempDir, 'db');
  mkdirSync(pgDir, { mode: 0o755 });
  chmodSync(pgDir, 0o755);

  log(`starting an embedded PostgreSQL in ${pgDir}`);
  database = await startEmbeddedPostgres({ dataDir: pgDir, database: 'bench_large' });
  const server = database.url.replace(/\/bench_large$/, '');
  await withClient(`${server}/postgres`, async (db) => {
    await db.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await db.query(`ALTER SYSTEM SET pg_stat_statements.track = 'top'`);
  });
  await database.stop();
  database = await startEmbeddedPostgres({ dataDir: pgDir, database: 'bench_large' });
  const port = new URL(database.url).port;
  const serverUrl = database.url.replace(/\/bench_large$/, '');
  await createDatabase(serverUrl, 'bench_small');
  const roleUrl = (role, db) => `postgres://${role}:bench-${role}@127.0.0.1:${port}/${db}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  let statementsAvailable = true;
  try {
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await admin.query('SELECT pg_stat_statements_reset()');
  } catch (error) {
    statementsAvailable = false;
    log(`pg_stat_statements is not available (${error.message}); statement counts are skipped`);
  }
  for (const role of [API_ROLE, PLAIN_ROLE])
    await admin.query(`CREATE ROLE ${role} LOGIN SUPERUSER PASSWORD 'bench-${role}'`);
  const {
    rows: [{ server_version: postgresVersion }],
  } = await admin.query('SHOW server_version');

  // Migrate both databases with the real API; the large one also gets the demo municipality (people with argon2id hashes).
  log('migrating bench_large and seeding the demo municipality through the API');
  let api = await startApi(roleUrl(API_ROLE, 'bench_large'), { seedDemo: true });
  await api.stop();
  log('migrating bench_small through the API');
  api = await startApi(roleUrl(API_ROLE, 'bench_small'), { seedDemo: false });
  await api.stop();

  const today = new Date().toISOString().slice(0, 10);
  const historyTo = new Date(
    Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + 2, new Date().getUTCDate()),
  )
    .toISOString()
    .slice(0, 10);
  const historyFrom = `${Number(historyTo.slice(0, 4)) - 5}${historyTo.slice(4)}`;
  const large = new pg.Client({ connectionString: `${serverUrl}/bench_large`, options: '-c timezone=UTC' });
  const small = new pg.Client({ connectionString: `${serverUrl}/bench_small`, options: '-c timezone=UTC' });
  await large.connect();
  await small.connect();
  try {
    log(`seeding 5 years (${historyFrom} to ${historyTo}) into bench_large`);
    const seedStarted = Date.now();
    await seedLarge(large, { from: historyFrom, to: historyTo, today });
    const seedSeconds = (Date.now() - seedStarted) / 1000;

    // The busiest full calendar month (local time) of the history: the month the benchmark opens.
    const { rows: months } = await large.query(
      `SELECT to_char(m, 'YYYY-MM') AS month, (m AT TIME ZONE $3) AS "from", ((m + interval '1 month') AT TIME ZONE $3) AS "to",
              (SELECT count(*) FROM events e WHERE e.starts_at < (m + interval '1 month') AT TIME ZONE $3 AND e.ends_at > m AT TIME ZONE $3 AND e.status <> 'DECLINED')
            + (SELECT count(*) FROM slots s WHERE s.starts_at >= m AT TIME ZONE $3 AND s.starts_at < (m + interval '1 month') AT TIME ZONE $3) AS items
         FROM generate_series(date_trunc('month', $1::date + 31)::timestamp, date_trunc('month', $2::date)::timestamp - interval '1 month', interval '1 month') m
        ORDER BY items DESC, m DESC LIMIT 1`,
      [historyFrom, historyTo, ZONE],
    );
    const month = { label: months[0].month, from: months[0].from.toISOString(), to: months[0].to.toISOString() };
    log(`busiest month: ${month.label}; copying it (and the people, channels, themes, rubrics) into bench_small`);
    await copyMonth(large, small, month.from, month.to);
    const dataset = { large: await datasetCounts(large), small: await datasetCounts(small), seedSeconds };
    const monthItems = await itemsIn(large, month);
    const monthItemsSmall = await itemsIn(small, month);
    log(
      `bench_large: ${dataset.large.events} events, ${dataset.large.rubricSlots} rubric slots, ${dataset.large.adHocSlots} ad-hoc slots, ${dataset.large.assignments} assignments (seeded in ${seedSeconds.toFixed(1)} s)`,
    );
    log(
      `month ${month.label}: ${monthItems.events} events, ${monthItems.slots} slots, ${monthItems.assignments} assignments (bench_small: ${monthItemsSmall.items} items)`,
    );

    // ---- 5 years of history ----
    api = await startApi(roleUrl(API_ROLE, 'bench_large'), { seedDemo: false, profile: args.includes('--profile') });
    let plain = await startPlain(roleUrl(PLAIN_ROLE, 'bench_large'));
    let cookie = await login(api.base);
    let calls = client(api, plain, cookie);
    const range = { from: month.from, to: month.to };
    const graphqlLarge = JSON.parse((await calls.graphql(range)).body);
    const plainLarge = JSON.parse((await calls.plain(range)).body);
    const rawDifference = firstDifference(graphqlLarge, plainLarge);
    const sameJson = firstDifference(canonical(graphqlLarge), canonical(plainLarge));
    log(
      sameJson
        ? `WARNING: the plain endpoint's JSON differs from GraphQL at ${sameJson}`
        : `the plain endpoint returns the same JSON as GraphQL${rawDifference ? ' (up to the order of assignments with equal created_at)' : ''}`,
    );

    let statements = null;
    if (statementsAvailable) {
      const dayStart = new Date(new Date(month.from).getTime() + 10 * 86400_000 + 8 * 3600_000);
      const ten = await rangeWith(large, dayStart.toISOString(), 10, 3600_000);
      const thousand = await rangeWith(large, month.from, 1000, 86400_000);
      const idle = await statementsDuring(admin, API_ROLE, () => new Promise((r) => setTimeout(r, 1000)));
      const at10 = await countStatements(admin, calls, ten);
      const at1000 = await countStatements(admin, calls, thousand);
      const atMonth = await countStatements(admin, calls, range);
      statements = {
        method:
          "pg_stat_statements (track = top), reset before each request, calls summed for the API's own database role, pg-boss's job polling left out",
        idleBackgroundPerSecond: idle.total,
        items10: {
          range: { from: ten.from, to: ten.to },
          items: ten.items,
          events: ten.events,
          slots: ten.slots,
          assignments: ten.assignments,
          graphql: at10.graphql,
          plain: at10.plain,
        },
        items1000: {
          range: { from: thousand.from, to: thousand.to },
          items: thousand.items,
          events: thousand.events,
          slots: thousand.slots,
          assignments: thousand.assignments,
          graphql: at1000.graphql,
          plain: at1000.plain,
        },
        month: { items: monthItems.items, graphql: atMonth.graphql, plain: atMonth.plain },
        note: "The calendar loads its people, themes, channels and departments together once its rows are in (withCalendarReferences in libs/api/planning/src/planning.loaders.ts). One more statement appears when the request refreshes the session's idle clock (at most once a minute).",
        graphqlStatementsAt10: at10.graphqlStatements,
        graphqlStatementsAt1000: at1000.graphqlStatements,
        plainStatementsAt1000: at1000.plainStatements,
      };
      log(
        `statements per request: GraphQL ${at10.graphql.join('/')} at ${ten.items} items, ${at1000.graphql.join('/')} at ${thousand.items} items; plain ${at10.plain.join('/')} and ${at1000.plain.join('/')}`,
      );
    }

    log(`timing the month on 5 years: ${WARMUP} warm-up + ${REQUESTS} requests each`);
    const loadBefore = loadavg();
    const latencyLarge = await measure(calls, range, '5 years', { graphql: api.child.pid, plain: plain.child.pid });
    const explainLarge = await explainEvents(large, range);
    await stopChild(plain.child);
    await api.stop();

    // ---- 1 month of history ----
    api = await startApi(roleUrl(API_ROLE, 'bench_small'), { seedDemo: false });
    plain = await startPlain(roleUrl(PLAIN_ROLE, 'bench_small'));
    cookie = await login(api.base);
    calls = client(api, plain, cookie);
    const graphqlSmall = JSON.parse((await calls.graphql(range)).body);
    const sameMonth = firstDifference(canonical(graphqlLarge), canonical(graphqlSmall));
    log(
      sameMonth
        ? `WARNING: the month differs between the databases at ${sameMonth}`
        : 'the month answers the same JSON on both databases',
    );
    log(`timing the month on 1 month: ${WARMUP} warm-up + ${REQUESTS} requests each`);
    const latencySmall = await measure(calls, range, '1 month', { graphql: api.child.pid, plain: plain.child.pid });
    const loadAfter = loadavg();
    const explainSmall = await explainEvents(small, range);
    await stopChild(plain.child);
    await api.stop();

    // ---- figures ----
    const round = (x, d = 2) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
    const ratio = round(latencyLarge.graphql.p50 / latencyLarge.plain.p50);
    const cpuRatio = latencyLarge.plain.nodeCpuMsPerRequest
      ? round(latencyLarge.graphql.nodeCpuMsPerRequest / latencyLarge.plain.nodeCpuMsPerRequest)
      : null;
    const growth = round(latencyLarge.graphql.p50 / latencySmall.graphql.p50);
    const plainGrowth = round(latencyLarge.plain.p50 / latencySmall.plain.p50);
    const spread = (list) =>
      Math.min(...list) === Math.max(...list) ? `${list[0]}` : `${Math.min(...list)}–${Math.max(...list)}`;
    // Constant: the most statements a request takes does not depend on how many items it returns. (A request that
    // refreshes the session's idle clock takes one more: see statements.note.)
    const constant = statements
      ? Math.max(...statements.items10.graphql) === Math.max(...statements.items1000.graphql)
      : null;
    const targets = [
      {
        name: 'GraphQL p50 / plain p50 (month, 5 years)',
        target: `<= ${TARGETS.ratio}`,
        value: ratio,
        pass: ratio <= TARGETS.ratio,
      },
      {
        name: 'GraphQL / plain Node CPU per request (month, 5 years)',
        target: `<= ${TARGETS.cpu}`,
        value: cpuRatio,
        pass: cpuRatio == null ? null : cpuRatio <= TARGETS.cpu,
      },
      {
        name: 'SQL statements per GraphQL request, 10 vs 1,000 items',
        target: 'constant',
        value: statements
          ? `${spread(statements.items10.graphql)} vs ${spread(statements.items1000.graphql)}`
          : 'not measured',
        pass: constant,
      },
      {
        name: 'history growth: GraphQL p50 5 years / 1 month',
        target: `<= ${TARGETS.growth}`,
        value: growth,
        pass: growth <= TARGETS.growth,
      },
    ];
    const results = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGiB: round(totalmem() / 2 ** 30, 1),
        loadAverage1m: { before: round(loadBefore[0]), after: round(loadAfter[0]) },
        node: process.version,
        postgres: postgresVersion,
      },
      settings: {
        warmup: WARMUP,
        requests: REQUESTS,
        concurrency: 1,
        transport: 'HTTP/1.1 keep-alive over loopback',
        user: 'member@planbord.local (MEMBER)',
        apiMode: `NODE_ENV=production, node ${API_MAIN.startsWith(root) ? API_MAIN.slice(root.length + 1) : API_MAIN}`,
      },
      dataset: { historyFrom, historyTo, ...dataset },
      month: { ...month, fiveYears: monthItems, oneMonth: monthItemsSmall },
      latencyMs: { fiveYears: latencyLarge, oneMonth: latencySmall },
      ratio: {
        graphqlOverPlainP50: ratio,
        graphqlOverPlainP50OneMonth: round(latencySmall.graphql.p50 / latencySmall.plain.p50),
        graphqlOverPlainNodeCpu: cpuRatio,
      },
      historyGrowth: { graphql: growth, plain: plainGrowth },
      statements,
      sameJson: {
        graphqlVsPlain: sameJson === null,
        difference: sameJson,
        rawOrderDifference: rawDifference,
        note: "compared with each item's assignments in a fixed order: the API orders them by created_at only (ties in any order)",
        fiveYearsVsOneMonth: sameMonth === null,
        monthDifference: sameMonth,
      },
      diagnostics: { eventsQuery: { fiveYears: explainLarge, oneMonth: explainSmall } },
      targets,
      durationSeconds: round((Date.now() - started) / 1000, 0),
    };
    const text = `${JSON.stringify(results, null, 2)}\n`;
    mkdirSync(join(root, 'bench-results'), { recursive: true });
    writeFileSync(join(root, 'bench-results', 'latest.json'), text);
    writeFileSync(join(root, 'tools', 'bench', 'latest-results.json'), text);
    printTable(results);
  } finally {
    await large.end().catch(() => undefined);
    await small.end().catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
}

function printTable(r) {
  const rows = [
    ['', 'p50 ms', 'p95 ms', 'Node CPU ms/req'],
    [
      'GraphQL, 5 years',
      r.latencyMs.fiveYears.graphql.p50,
      r.latencyMs.fiveYears.graphql.p95,
      r.latencyMs.fiveYears.graphql.nodeCpuMsPerRequest,
    ],
    [
      'plain, 5 years',
      r.latencyMs.fiveYears.plain.p50,
      r.latencyMs.fiveYears.plain.p95,
      r.latencyMs.fiveYears.plain.nodeCpuMsPerRequest,
    ],
    [
      'GraphQL, 1 month',
      r.latencyMs.oneMonth.graphql.p50,
      r.latencyMs.oneMonth.graphql.p95,
      r.latencyMs.oneMonth.graphql.nodeCpuMsPerRequest,
    ],
    [
      'plain, 1 month',
      r.latencyMs.oneMonth.plain.p50,
      r.latencyMs.oneMonth.plain.p95,
      r.latencyMs.oneMonth.plain.nodeCpuMsPerRequest,
    ],
  ];
  const line = (cells) =>
    `  ${String(cells[0]).padEnd(20)}${String(cells[1]).padStart(10)}${String(cells[2]).padStart(10)}${String(cells[3]).padStart(17)}`;
  const m = r.month.fiveYears;
  process.stdout.write(
    `\nPlanbord benchmark — month ${r.month.label} (${m.events} events, ${m.slots} slots, ${m.assignments} assignments), ${r.settings.requests} requests after ${r.settings.warmup} warm-up, ${r.machine.cpus} cores\n`,
  );
  process.stdout.write(
    `  data: ${r.dataset.large.events} events, ${r.dataset.large.rubricSlots} rubric slots, ${r.dataset.large.adHocSlots} ad-hoc slots, ${r.dataset.large.assignments} assignments over ${r.dataset.historyFrom} to ${r.dataset.historyTo}\n\n`,
  );
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
  if (r.statements) {
    const s = r.statements;
    process.stdout.write(`\n  SQL statements per request   GraphQL   plain\n`);
    const spread = (list) =>
      Math.min(...list) === Math.max(...list) ? `${list[0]}` : `${Math.min(...list)}–${Math.max(...list)}`;
    process.stdout.write(
      `    ${String(s.items10.items).padStart(5)} items            ${spread(s.items10.graphql).padStart(7)} ${spread(s.items10.plain).padStart(7)}\n`,
    );
    process.stdout.write(
      `    ${String(s.items1000.items).padStart(5)} items            ${spread(s.items1000.graphql).padStart(7)} ${spread(s.items1000.plain).padStart(7)}\n`,
    );
  }
  process.stdout.write(
    `\n  history growth (p50 5 years / 1 month): GraphQL ${r.historyGrowth.graphql}, plain ${r.historyGrowth.plain}\n`,
  );
  process.stdout.write(
    `  load average (1 min) during timing: ${r.machine.loadAverage1m.before} to ${r.machine.loadAverage1m.after} on ${r.machine.cpus} cores\n`,
  );
  process.stdout.write(
    `  same JSON as GraphQL: ${r.sameJson.graphqlVsPlain ? 'yes' : `NO (${r.sameJson.difference})`}\n\n`,
  );
  for (const t of r.targets)
    process.stdout.write(
      `  ${t.pass === null ? 'N/A ' : t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.value} (target ${t.target})\n`,
    );
  process.stdout.write(
    `\n  written to bench-results/latest.json and tools/bench/latest-results.json (${r.durationSeconds} s)\n`,
  );
}

/** Another benchmark (tools/bench/<name>.mjs) in its own process, after the calendar's; its exit code. */
function runOther(name, built) {
  const forwarded = args.filter((a) => !a.startsWith('--only=') && (!a.startsWith('--requests=') || only === name));
  const result = spawnSync(
    process.execPath,
    [join(root, `tools/bench/${name}.mjs`), ...forwarded, ...(built ? ['--no-build'] : [])],
    { cwd: root, stdio: 'inherit' },
  );
  return result.status ?? 1;
}

const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const others = ['newsroom', 'insights'].filter((name) => !only || only === name);
(only && only !== 'calendar' ? Promise.resolve(false) : main().then(() => cleanup().then(() => true)))
  .then((built) => {
    let code = 0;
    for (const [i, name] of others.entries()) code = runOther(name, built || i > 0) || code;
    return code;
  })
  .then((code) => process.exit(code))
  .catch(async (error) => {
    process.stderr.write(`bench failed: ${error?.stack ?? error}\n`);
    await cleanup();
    process.exit(1);
  });
