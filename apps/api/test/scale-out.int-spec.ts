import { randomBytes } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import {
  Client,
  eventually,
  loggedIn,
  makeUser,
  startApi,
  untilEveryWatcherSees,
  watchCalendar,
  type TestApi,
} from './harness';

/**
 * A small reverse proxy: each request and each WebSocket goes to the next API process in turn, as a load balancer
 * without sticky sessions would send them.
 */
async function roundRobinProxy(
  targets: TestApi[],
): Promise<{ url: string; sockets: string[]; close(): Promise<void> }> {
  let requests = 0;
  const sockets: string[] = [];
  const server: Server = createServer((req, res) => {
    const target = new URL(targets[requests++ % targets.length].url);
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('upgrade', (req, socket, head) => {
    const chosen = targets[sockets.length % targets.length];
    sockets.push(chosen.url);
    const target = new URL(chosen.url);
    const upstream = connect(Number(target.port), target.hostname, () => {
      const headers = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${req.method} ${req.url} HTTP/${req.httpVersion}\r\n${headers.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sockets,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const EVERY_MINUTE = 'rubric-horizon=* * * * *;session-cleanup=* * * * *;idempotency-cleanup=* * * * *';
let first: TestApi;
let second: TestApi;
let proxy: Awaited<ReturnType<typeof roundRobinProxy>>;

beforeAll(async () => {
  first = await startApi({ JOB_SCHEDULES: EVERY_MINUTE });
  second = await startApi({ JOB_SCHEDULES: EVERY_MINUTE }, first);
  proxy = await roundRobinProxy([first, second]);
});
afterAll(async () => {
  await proxy.close();
  await second.close();
  await first.close();
});

/** A client of the proxy: the API processes behind it share nothing but the database. */
function viaProxy(): Client {
  return new Client({ ...first, url: proxy.url });
}

const EVENT = 'query($id: ID!) { event(id: $id) { version description } }';
const UPDATE =
  'mutation($id: ID!, $v: Int!, $d: String) { updateEvent(id: $id, expectedVersion: $v, input: { description: $d }) { version description } }';

describe('two API processes behind a round-robin proxy', () => {
  it('lose no update under a mixed load, tell subscribers on both processes, and run each scheduled job once', async () => {
    const people = await Promise.all([1, 2, 3, 4].map(() => makeUser(first, 'MEMBER')));
    const clients = await Promise.all(people.map((person) => viaProxy().login(person.email)));

    const watchers = [watchCalendar(proxy.url, clients[0].cookie!), watchCalendar(proxy.url, clients[1].cookie!)];
    const plan = async (client: Client) =>
      (
        await client.ok<{ createEvent: { id: string } }>(
          'mutation($i: EventInput!) { createEvent(input: $i) { id } }',
          {
            i: {
              title: `Persmoment ${randomBytes(3).toString('hex')}`,
              startsAt: '2031-09-15T12:00:00.000Z',
              endsAt: '2031-09-15T13:00:00.000Z',
              description: '0',
            },
          },
        )
      ).createEvent.id;
    await untilEveryWatcherSees(watchers, () => plan(clients[2]));
    expect(new Set(proxy.sockets)).toEqual(new Set([first.url, second.url]));

    // Every person adds one to the same counter ten times, each write conditional on the version it read.
    const id = await plan(clients[3]);
    const outcomes: string[] = [];
    let written = 0;
    await Promise.all(
      clients.map(async (client, c) => {
        for (let done = 0; done < 10;) {
          const me = await client.ok<{ me: { id: string } }>('{ me { id } }');
          expect(me.me.id).toBe(people[c].id);
          const { event } = await client.ok<{ event: { version: number; description: string } }>(EVENT, { id });
          const res = await client.gql<{ updateEvent: { version: number } }>(UPDATE, {
            id,
            v: event.version,
            d: String(Number(event.description) + 1),
          });
          const outcome = res.errors?.[0]?.extensions.code ?? 'OK';
          outcomes.push(outcome);
          if (outcome === 'OK') {
            done++;
            written++;
          }
        }
      }),
    );
    expect(outcomes.filter((o) => o !== 'OK' && o !== 'VERSION_CONFLICT')).toEqual([]);
    expect(written).toBe(40);
    const [stored] = await first.db.query('SELECT version, description FROM events WHERE id = $1', [id]);
    expect(stored).toEqual({ version: 41, description: '40' });

    // Every update reached the subscribers on both processes, whichever process made it.
    for (const watcher of watchers) {
      await eventually(
        'every update to reach the subscriber',
        () => watcher.changes.filter((c) => c.id === id && c.kind === 'updated').length >= 40,
      );
      expect(watcher.changes.filter((c) => c.id === id && c.kind === 'updated').length).toBe(40);
    }
    await Promise.all(watchers.map((w) => w.dispose()));

    // Each scheduled job ran, and no tick of its schedule ran twice.
    const jobs = ['rubric-horizon', 'session-cleanup', 'idempotency-cleanup'];
    const runs = await eventually(
      'every scheduled job to have run',
      async () => {
        const rows: { name: string; minute: string }[] = await first.db.query(
          `SELECT name, date_trunc('minute', created_on)::text AS minute FROM pgboss.job WHERE name = ANY($1) AND state = 'completed'`,
          [jobs],
        );
        return jobs.every((job) => rows.some((row) => row.name === job)) && rows;
      },
      120_000,
    );
    const ticks = runs.map((row) => `${row.name} ${row.minute}`);
    expect(new Set(ticks).size).toBe(ticks.length);
  }, 180_000);

  it('give an arriving signal the response norm just set on the other process', async () => {
    const editor = (await loggedIn(first, 'EDITOR')).client;
    const member = await new Client(second).login((await makeUser(first, 'MEMBER')).email);
    const NORM = `mutation($m: Int!) { setResponseNorm(source: X, minutes: $m, businessHoursOnly: false) { minutes } }`;
    const RECORD = `mutation($i: SignalInput!) { recordSignal(input: $i) { firstReplyDueAt } }`;
    const receivedAt = '2026-03-04T10:00:00.000Z';
    const dueAfter = async () => {
      const { recordSignal } = await member.ok<{ recordSignal: { firstReplyDueAt: string } }>(RECORD, {
        i: { source: 'X', body: 'Wanneer gaat de brug weer open?', receivedAt },
      });
      return (new Date(recordSignal.firstReplyDueAt).getTime() - new Date(receivedAt).getTime()) / 60_000;
    };

    await editor.ok(NORM, { m: 90 });
    // The second process has the rules of the moment: they stay with it until a change is heard.
    await eventually('the second process to hold the 90-minute norm', async () => (await dueAfter()) === 90);
    await editor.ok(NORM, { m: 45 });
    await eventually('the second process to follow the first', async () => (await dueAfter()) === 45);
    const last: { firstReplyDueAt: Date }[] = await first.db.query(
      `SELECT first_reply_due_at AS "firstReplyDueAt" FROM signals WHERE source = 'X' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(last[0].firstReplyDueAt.toISOString()).toBe('2026-03-04T10:45:00.000Z');
  }, 60_000);
});
