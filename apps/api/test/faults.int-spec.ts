import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@planbord/api-core';
import {
  eventually,
  loggedIn,
  startApi,
  untilEveryWatcherSees,
  watchCalendar,
  type Client,
  type TestApi,
} from './harness';

// This file kills PostgreSQL, so it runs its own: the shared server of the test run is never touched.
let dataDir: string;
let pg: EmbeddedPostgres;
let api: TestApi;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'planbord-faults-'));
  chmodSync(dataDir, 0o755);
  pg = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
  api = await startApi({}, undefined, pg.url.replace(/\/postgres$/, ''));
}, 120_000);

afterAll(async () => {
  await api?.close();
  await pg?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  code?: string;
  data?: Record<string, { id: string }> | null;
}

async function post(client: Client, query: string, variables: Record<string, unknown>): Promise<Answer> {
  try {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: client.cookie! },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Answer['data']; errors?: { extensions: { code: string } }[] };
    return { status: res.status, code: body.errors?.[0]?.extensions.code, data: body.data };
  } catch (error) {
    return { status: 0, code: (error as Error).message };
  }
}

const CREATE = 'mutation($i: DepartmentInput!, $k: String) { createDepartment(input: $i, idempotencyKey: $k) { id } }';

describe('when PostgreSQL is killed under a write load', () => {
  it('answers SERVICE_UNAVAILABLE meanwhile, comes back by itself and loses no acknowledged write', async () => {
    const writers = await Promise.all([1, 2, 3].map(() => loggedIn(api, 'ADMIN').then((l) => l.client)));
    const {
      user: { id: readerId },
      client: reader,
    } = await loggedIn(api, 'MEMBER');
    const watcher = watchCalendar(api.url, reader.cookie!);
    const planEvent = async () => {
      const res = await reader.ok<{ createEvent: { id: string } }>(
        'mutation($i: EventInput!) { createEvent(input: $i) { id } }',
        {
          i: {
            title: `Live ${randomBytes(3).toString('hex')}`,
            startsAt: '2031-06-02T10:00:00.000Z',
            endsAt: '2031-06-02T11:00:00.000Z',
          },
        },
      );
      return res.createEvent.id;
    };
    await untilEveryWatcherSees([watcher], planEvent);

    const acknowledged: { id: string; name: string }[] = [];
    const refused: Answer[] = [];
    const sessionRefused: Answer[] = [];
    const health: number[] = [];
    let running = true;
    // Each writer creates departments one after another; a refused one is retried with the same key until it is acknowledged.
    const load = writers.map(async (writer, w) => {
      for (let n = 0; running; n++) {
        const name = `Last ${w}-${n}-${randomBytes(2).toString('hex')}`;
        const key = randomUUID();
        for (;;) {
          const answer = await post(writer, CREATE, { i: { name, color: '#336699' }, k: key });
          if (answer.status === 200 && answer.data) {
            acknowledged.push({ id: answer.data.createDepartment.id, name });
            break;
          }
          refused.push(answer);
          if (!running) break;
        }
      }
    });
    const reads = (async () => {
      while (running) {
        const answer = await post(reader, '{ me { id } }', {});
        if (answer.status !== 200 || answer.data?.me?.id !== readerId) sessionRefused.push(answer);
      }
    })();
    const probes = (async () => {
      while (running)
        health.push(
          await fetch(`${api.url}/health`).then(
            (r) => r.status,
            () => 0,
          ),
        );
    })();

    await eventually('the load to be under way', () => acknowledged.length >= 20);
    const killed = pg.pid!;
    process.kill(killed, 'SIGKILL');
    await eventually('/health to answer 503', () => health.includes(503));
    const down = health.indexOf(503);
    await eventually('/health to answer 200 again', () => health.slice(down).includes(200), 60_000);
    const afterRecovery = acknowledged.length;
    await eventually('writes to be acknowledged again', () => acknowledged.length >= afterRecovery + 20, 60_000);
    running = false;
    await Promise.all([...load, reads, probes]);

    // The launcher restarted PostgreSQL on the same address.
    expect(pg.pid).not.toBe(killed);
    const direct = new PgClient({ connectionString: pg.url });
    await direct.connect();
    await direct.end();

    // While it was away, every refusal was a GraphQL error with SERVICE_UNAVAILABLE and HTTP 503, nothing else.
    expect(refused.length).toBeGreaterThan(0);
    expect(sessionRefused.length).toBeGreaterThan(0);
    expect([...refused, ...sessionRefused].filter((a) => a.status !== 503 || a.code !== 'SERVICE_UNAVAILABLE')).toEqual(
      [],
    );
    expect(health.filter((s) => s !== 200 && s !== 503)).toEqual([]);

    // Every acknowledged write is there, and no retry created anything twice.
    const stored: { id: string; name: string }[] = await api.db.query(
      `SELECT id, name FROM departments WHERE name LIKE 'Last %'`,
    );
    const byId = new Map(stored.map((row) => [row.id, row.name]));
    expect(acknowledged.filter((a) => byId.get(a.id) !== a.name)).toEqual([]);
    expect(new Set(stored.map((row) => row.name)).size).toBe(stored.length);

    // Live updates come through again: the API listens anew without a restart.
    await untilEveryWatcherSees([watcher], planEvent);
    await watcher.dispose();
  }, 180_000);
});
