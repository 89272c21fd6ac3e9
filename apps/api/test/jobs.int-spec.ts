import { randomBytes } from 'node:crypto';
import { Jobs } from '@planbord/api-core';
import { eventually, loggedIn, makeChannel, makeUser, startApi, type TestApi } from './harness';

let api: TestApi;
let second: TestApi;

beforeAll(async () => {
  api = await startApi();
  second = await startApi({}, api);
});
afterAll(async () => {
  await second.close();
  await api.close();
});

const DAY_MS = 86400_000;

interface Tick {
  tick: string;
  state: string;
}
/** pg-boss's cron sends a job through its own send-it queue, one row per tick (`singleton_on`, the tick's minute). */
async function ticksOf(name: string): Promise<Tick[]> {
  return api.db.query(
    `SELECT singleton_on::text AS tick, state FROM pgboss.job WHERE name = '__pgboss__send-it' AND data->>'name' = $1`,
    [name],
  );
}
async function jobsOf(name: string): Promise<{ state: string }[]> {
  return api.db.query(`SELECT state FROM pgboss.job WHERE name = $1`, [name]);
}

describe('scheduled jobs', () => {
  it('run once per tick of their schedule, whichever of two API processes on the database takes it', async () => {
    const runs: string[] = [];
    const name = `tick-${randomBytes(3).toString('hex')}`;
    // The same job in both processes, every minute: pg-boss's cron has a resolution of one minute.
    await api.app.get(Jobs).register({ name, schedule: '* * * * *', run: async () => void runs.push('first') });
    await second.app.get(Jobs).register({ name, schedule: '* * * * *', run: async () => void runs.push('second') });

    // Under load a tick's job can be created in the next minute, so ticks are counted where the cron records them.
    const { ticks, jobs } = await eventually(
      'two ticks to have run, each to the end',
      async () => {
        const [ticks, jobs] = await Promise.all([ticksOf(name), jobsOf(name)]);
        const settled =
          ticks.length >= 2 &&
          ticks.every((tick) => tick.state === 'completed') &&
          jobs.length === ticks.length &&
          jobs.every((job) => job.state === 'completed');
        return settled && { ticks, jobs };
      },
      180_000,
    );
    expect(new Set(ticks.map((tick) => tick.tick)).size).toBe(ticks.length);
    expect(runs.length).toBe(jobs.length);
  }, 200_000);

  it('clean up sessions and failed logins long past use, and leave the rest', async () => {
    const user = await makeUser(api, 'MEMBER');
    const now = Date.now();
    const at = (msAgo: number) => new Date(now - msAgo);
    const session = (fields: { lastSeenAt: Date; expiresAt: Date; revokedAt?: Date }) =>
      api.db
        .query(
          'INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at, revoked_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
          [randomBytes(32).toString('hex'), user.id, fields.lastSeenAt, fields.expiresAt, fields.revokedAt ?? null],
        )
        .then((rows: { id: string }[]) => rows[0].id);
    const gone = [
      await session({ lastSeenAt: at(9 * DAY_MS), expiresAt: at(2 * DAY_MS) }),
      await session({ lastSeenAt: at(3 * DAY_MS), expiresAt: at(-4 * DAY_MS), revokedAt: at(3 * DAY_MS) }),
      await session({ lastSeenAt: at(2 * DAY_MS), expiresAt: at(-5 * DAY_MS) }),
    ];
    const kept = [
      await session({ lastSeenAt: at(60_000), expiresAt: at(-6 * DAY_MS) }),
      await session({ lastSeenAt: at(3_600_000), expiresAt: at(-6 * DAY_MS), revokedAt: at(3_600_000) }),
    ];
    const email = `probeer-${randomBytes(3).toString('hex')}@example.test`;
    await api.db.query('INSERT INTO login_failures (email, ip, at) VALUES ($1, $2, $3), ($1, $2, $4)', [
      email,
      '192.0.2.1',
      at(3 * DAY_MS),
      at(60_000),
    ]);

    await api.app.get(Jobs).trigger('session-cleanup');
    // The job deletes sessions and then failed logins, one statement each: wait for both.
    await eventually(
      'the expired sessions and the old failed login to be gone',
      async () =>
        (await api.db.query('SELECT 1 FROM sessions WHERE id = ANY($1)', [gone])).length === 0 &&
        (await api.db.query('SELECT 1 FROM login_failures WHERE email = $1', [email])).length === 1,
    );
    expect((await api.db.query('SELECT id FROM sessions WHERE id = ANY($1)', [kept])).length).toBe(kept.length);
    expect((await api.db.query('SELECT 1 FROM login_failures WHERE email = $1', [email])).length).toBe(1);
  });

  it('extend the rubric horizon', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const { createRubric } = await client.ok<{ createRubric: { id: string } }>(
      'mutation($i: RubricInput!) { createRubric(input: $i) { id } }',
      {
        i: {
          name: `Weekstart ${randomBytes(3).toString('hex')}`,
          rrule: 'FREQ=WEEKLY;BYDAY=MO',
          startsOn: '2020-01-06',
          time: '09:00',
          channelIds: [(await makeChannel(api)).id],
        },
      },
    );
    const [{ until }] = await api.db.query('SELECT materialized_until::text AS until FROM rubrics WHERE id = $1', [
      createRubric.id,
    ]);
    await api.db.query(`UPDATE rubrics SET materialized_until = materialized_until - 7 WHERE id = $1`, [
      createRubric.id,
    ]);
    await api.db.query(
      `DELETE FROM slots WHERE rubric_id = $1 AND starts_at > (SELECT materialized_until FROM rubrics WHERE id = $1)`,
      [createRubric.id],
    );
    const [{ n: before }] = await api.db.query('SELECT count(*)::int AS n FROM slots WHERE rubric_id = $1', [
      createRubric.id,
    ]);

    await second.app.get(Jobs).trigger('rubric-horizon');
    await eventually(
      'the horizon to be extended',
      async () =>
        (
          await api.db.query('SELECT 1 FROM rubrics WHERE id = $1 AND materialized_until::text = $2', [
            createRubric.id,
            until,
          ])
        ).length === 1,
    );
    const [{ n: after }] = await api.db.query('SELECT count(*)::int AS n FROM slots WHERE rubric_id = $1', [
      createRubric.id,
    ]);
    expect(after).toBe(before + 1);
  });

  it('stop with the application: a closed API leaves no pg-boss connection behind', async () => {
    const third = await startApi({}, api);
    const connections = () =>
      api.db
        .query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'planbord-jobs'`,
          [api.database],
        )
        .then((rows: { n: number }[]) => rows[0].n);
    const withThree = await connections();
    expect(withThree).toBeGreaterThan(0);
    await third.close();
    await eventually("the third API's pg-boss connections to close", async () => (await connections()) < withThree);
  });
});
