// Small helpers for the benchmark: child processes, HTTP over loopback, percentiles.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Starts a Node child process and resolves once a line of its stdout matches `ready` (with the match). */
export function startNode(script, { env = {}, ready, name, timeoutMs = 120_000, cwd, execArgv = [] }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...execArgv, script], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let done = false;
    const timer = setTimeout(
      () => finish(new Error(`${name} did not start within ${timeoutMs / 1000} s:\n${output.slice(-4000)}`)),
      timeoutMs,
    );
    const finish = (error, match) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (error) {
        if (child.exitCode === null) child.kill('SIGKILL');
        reject(error);
      } else resolve({ child, match, output: () => output, stop: () => stopChild(child) });
    };
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
      const match = output.match(ready);
      if (match) finish(null, match);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk.toString();
    });
    child.once('exit', (code, signal) =>
      finish(new Error(`${name} exited (code ${code}, signal ${signal}) before it was ready:\n${output.slice(-4000)}`)),
    );
  });
}

/** SIGTERM, then SIGKILL after a grace period; resolves when the process has exited. */
export function stopChild(child, graceMs = 20_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** One POST over loopback; resolves with status, headers, body (string) and the elapsed milliseconds. */
export function post(url, body, headers = {}, via = agent) {
  const payload = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: via,
        headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          }),
        );
        response.on('error', reject);
      },
    );
    request.setTimeout(120_000, () => request.destroy(new Error(`timeout on ${url}`)));
    request.on('error', reject);
    request.end(payload);
  });
}

export function closeAgent() {
  agent.destroy();
}

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x) => (x == null ? null : Math.round(x * 100) / 100);
  const mean = sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    mean: round(mean),
  };
}

/**
 * One benchmark's running parts: its log, an embedded PostgreSQL in a temporary folder with a client on it, the built
 * API on that database (migrated and demo-seeded), signing in, and the cleanup that stops them all, on success, on
 * failure and on SIGINT or SIGTERM (the folder is kept with --keep).
 */
export function benchStack(name, { root, args, zone, apiEnv = {} }) {
  const started = Date.now();
  const log = (message) =>
    process.stdout.write(`[bench ${name} ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${message}\n`);
  const children = new Set();
  let database = null;
  let tempDir = null;
  let db = null;

  async function cleanup() {
    for (const child of children) await stopChild(child).catch(() => undefined);
    children.clear();
    if (db) await db.end().catch(() => undefined);
    db = null;
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

  /** Builds the API (unless --no-build) and starts the database; resolves with its URL, client and version. */
  async function startDatabase() {
    if (!args.includes('--no-build')) {
      log('building the API (node tools/build.mjs --api-only)');
      execFileSync(process.execPath, [join(root, 'tools/build.mjs'), '--api-only'], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
    const require = createRequire(import.meta.url);
    const { startEmbeddedPostgres } = require(join(root, 'dist/api/libs/api/core/src/embedded-postgres.js'));
    tempDir = mkdtempSync(join(tmpdir(), `planbord-bench-${name}-`));
    chmodSync(tempDir, 0o755);
    const pgDir = join(tempDir, 'db');
    mkdirSync(pgDir, { mode: 0o755 });
    chmodSync(pgDir, 0o755);
    log(`starting an embedded PostgreSQL in ${pgDir}`);
    database = await startEmbeddedPostgres({ dataDir: pgDir, database: `bench_${name}` });
    db = new pg.Client({ connectionString: database.url, options: '-c timezone=UTC' });
    // The database stops during cleanup; a connection still open then is no error of the benchmark.
    db.on('error', () => undefined);
    await db.connect();
    const {
      rows: [{ server_version: postgresVersion }],
    } = await db.query('SHOW server_version');
    return { url: database.url, db, postgresVersion };
  }

  async function startApi(url) {
    const api = await startNode(join(root, 'dist/api/apps/api/src/main.js'), {
      name: 'the API',
      cwd: root,
      env: {
        NODE_PATH: join(root, 'node_modules'),
        DATABASE_URL: url,
        PORT: '0',
        SEED_DEMO: 'true',
        NODE_ENV: 'production',
        DATA_DIR: join(tempDir, 'api-data'),
        ORG_TIME_ZONE: zone,
        ...apiEnv,
      },
      ready: /Planbord is running at http:\/\/localhost:(\d+)/,
      timeoutMs: 300_000,
    });
    children.add(api.child);
    api.child.once('exit', () => children.delete(api.child));
    return { ...api, base: `http://127.0.0.1:${api.match[1]}` };
  }

  /** Signs a demo person in; resolves with the session cookie. */
  async function login(base, email) {
    const response = await post(`${base}/graphql`, {
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: email, p: process.env.DEMO_PASSWORD || 'planbord-demo' },
    });
    const cookie = []
      .concat(response.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith('planbord_session='));
    if (response.status !== 200 || !cookie) throw new Error(`login of ${email} failed: ${response.body.slice(0, 300)}`);
    return cookie;
  }

  /** Runs the benchmark, cleans up and exits: 0 when it went through, 1 when something broke. */
  function run(main) {
    main()
      .then(() => cleanup())
      .then(() => process.exit(0))
      .catch(async (error) => {
        process.stderr.write(`bench failed: ${error?.stack ?? error}\n`);
        await cleanup();
        process.exit(1);
      });
  }

  return { log, started, startDatabase, startApi, login, run };
}
