import type { User } from '@planbord/api-identity';
import { ReportRollups, WebcareService } from '@planbord/api-newsroom';
import { isOfficeTime, REPLY_BUCKETS } from '@planbord/domain';
import { Client, eventually, loggedIn, makeTheme, startApi, type TestApi } from './harness';

// The rollups behind the residents' reports against the signals themselves: every figure of every report, for
// periods that are and are not whole months or hours, before and after the changes a newsroom makes. Spring 2032:
// summer time starts on Sunday 28 March, Easter Monday is 29 March and King's Day Tuesday 27 April.

let api: TestApi;
let member: Client;
let editor: Client;
let author: User;
const themes: string[] = [];
const signals: string[] = [];

/** A small deterministic generator, so the data is the same on every run and every day. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

const SOURCES = ['FACEBOOK', 'EMAIL', 'X'];
const START = Date.parse('2032-03-01T00:00:00+01:00');
const DAY = 86400_000;

const PERIODS: [string, string, string][] = [
  ['a whole local month', '2032-03-01T00:00:00+01:00', '2032-04-01T00:00:00+02:00'],
  ['two months and a half, mid-hour', '2032-03-09T13:17:00+01:00', '2032-05-14T08:41:30+02:00'],
  ['within one hour', '2032-04-07T10:05:00+02:00', '2032-04-07T10:50:00+02:00'],
  ['across the change to summer time', '2032-03-27T00:00:00+01:00', '2032-03-30T00:00:00+02:00'],
  ['a month shifted by a fortnight', '2032-03-16T00:00:00+01:00', '2032-04-16T00:00:00+02:00'],
  ['from late in a month to early in the next but one', '2032-03-27T09:00:00+01:00', '2032-05-03T17:00:00+02:00'],
  ['three whole months', '2032-03-01T00:00:00+01:00', '2032-06-01T00:00:00+02:00'],
];
async function seed(): Promise<void> {
  const random = generator(7);
  // Spread over the spring, and crowded around every period's ends and the UTC months' starts, where the rollups
  // hand over to the signals themselves.
  const edges = [...PERIODS.flatMap(([, from, to]) => [from, to]), '2032-04-01T00:00:00Z', '2032-05-01T00:00:00Z'];
  const times = [
    ...Array.from({ length: 240 }, () => START + random(75 * DAY) + random(60_000)),
    ...edges.flatMap((edge) => Array.from({ length: 12 }, () => Date.parse(edge) + (random(6 * 60) - 180) * 60_000)),
  ];
  for (const time of times) {
    const receivedAt = new Date(time);
    const needsReply = random(4) > 0;
    const answered = random(3) > 0;
    const minutes = 1 + random(random(2) ? 90 : 3000);
    const handle = random(5) === 0 ? null : `inwoner${random(40)}`;
    const [{ id }] = await api.db.query(
      `INSERT INTO signals (source, body, received_at, needs_reply, first_reply_at, first_reply_due_at, author_handle,
         author_name) VALUES ($1, 'Een bericht', $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        SOURCES[random(3)],
        receivedAt,
        needsReply,
        answered ? new Date(receivedAt.getTime() + minutes * 60_000) : null,
        needsReply ? new Date(receivedAt.getTime() + (30 + random(600)) * 60_000) : null,
        handle,
        handle || random(2) ? null : 'Bram Bos',
      ],
    );
    signals.push(id);
    if (answered)
      await api.db.query(
        `INSERT INTO replies (signal_id, body, author_id, sent_at, minutes, office_minutes)
         VALUES ($1, 'Dank', $2, $3, $4, $5)`,
        [id, author.id, new Date(receivedAt.getTime() + minutes * 60_000), minutes, random(minutes + 1)],
      );
    for (const theme of new Set([random(6), random(6)]))
      if (theme < themes.length)
        await api.db.query('INSERT INTO signal_themes (signal_id, theme_id) VALUES ($1, $2)', [id, themes[theme]]);
    if (random(8) === 0)
      await api.db.query(
        'INSERT INTO newsroom_actions (kind, status, signal_id, created_by_id) VALUES ($1, $2, $3, $4)',
        [['SOCIAL_POST', 'MONITOR', 'INFORM_COLLEAGUE'][random(3)], random(4) ? 'OPEN' : 'CANCELLED', id, author.id],
      );
  }
}

const REPORTS = `query($f: DateTime!, $t: DateTime!) {
  webcareReport(from: $f, to: $t) { source signals answered withinNorm withinNormShare medianMinutes
    medianOfficeMinutes p90Minutes outOfHoursShare buckets { label count } }
  participationReport(from: $f, to: $t) { residentsHeard signalsAnswered answeredWithinNorm signalsActedOn }
  themeBalance(from: $f, to: $t) { theme { id } signals } }`;

/** The reports as they are worked out from the signals, replies, themes and decisions themselves. */
async function fromTheSignals(from: string, to: string) {
  const { calendar } = await api.app.get(WebcareService).rules();
  const rows: {
    source: string;
    received_at: Date;
    needs_reply: boolean;
    answered: boolean;
    in_norm: boolean;
    minutes: number | null;
  }[] = await api.db.query(
    `SELECT s.source, s.received_at, s.needs_reply, s.first_reply_at IS NOT NULL AS answered,
       coalesce(s.needs_reply AND s.first_reply_at <= s.first_reply_due_at, false) AS in_norm, r.minutes
     FROM signals s LEFT JOIN LATERAL (SELECT minutes FROM replies WHERE signal_id = s.id ORDER BY sent_at, id LIMIT 1) r
       ON true
     WHERE s.deleted_at IS NULL AND s.received_at >= $1 AND s.received_at < $2`,
    [from, to],
  );
  const percentiles: Record<string, { median: number | null; office: number | null; p90: number | null }> =
    Object.fromEntries(
      (
        await api.db.query(
          `SELECT s.source, percentile_cont(0.5) WITHIN GROUP (ORDER BY r.minutes) AS median,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY r.office_minutes) AS office,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY r.minutes) AS p90
           FROM signals s LEFT JOIN LATERAL (SELECT minutes, office_minutes FROM replies WHERE signal_id = s.id
                                              ORDER BY sent_at, id LIMIT 1) r ON true
           WHERE s.deleted_at IS NULL AND s.received_at >= $1 AND s.received_at < $2 GROUP BY s.source`,
          [from, to],
        )
      ).map((row: { source: string; median: number | null; office: number | null; p90: number | null }) => [
        row.source,
        row,
      ]),
    );
  const webcare = SOURCES.map((source) => {
    const own = rows.filter((row) => row.source === source);
    const needing = own.filter((row) => row.needs_reply).length;
    const withinNorm = own.filter((row) => row.in_norm).length;
    const minutes = own.flatMap((row) => (row.minutes === null ? [] : [row.minutes]));
    return {
      source,
      signals: own.length,
      answered: own.filter((row) => row.answered).length,
      withinNorm,
      withinNormShare: needing ? withinNorm / needing : null,
      medianMinutes: percentiles[source]?.median ?? null,
      medianOfficeMinutes: percentiles[source]?.office ?? null,
      p90Minutes: percentiles[source]?.p90 ?? null,
      outOfHoursShare: own.length
        ? own.filter((row) => !isOfficeTime(new Date(row.received_at), calendar)).length / own.length
        : null,
      buckets: REPLY_BUCKETS.map((bucket) => ({
        label: bucket.label,
        count: minutes.filter((m) => m >= bucket.fromMinutes && (bucket.toMinutes === null || m < bucket.toMinutes))
          .length,
      })),
    };
  })
    .filter((row) => row.signals > 0)
    .sort((a, b) => b.signals - a.signals || a.source.localeCompare(b.source));
  const [people] = await api.db.query(
    `SELECT (count(DISTINCT s.author_key) + count(*) FILTER (WHERE s.author_key IS NULL))::int AS residents,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM newsroom_actions a WHERE a.signal_id = s.id AND a.deleted_at IS NULL
         AND a.kind <> 'MONITOR' AND a.status <> 'CANCELLED'))::int AS acted_on
     FROM signals s WHERE s.deleted_at IS NULL AND s.received_at >= $1 AND s.received_at < $2`,
    [from, to],
  );
  const labels: { theme_id: string; n: number }[] = await api.db.query(
    `SELECT t.theme_id, count(*)::int AS n FROM signal_themes t JOIN signals s ON s.id = t.signal_id
      WHERE s.deleted_at IS NULL AND s.received_at >= $1 AND s.received_at < $2 GROUP BY t.theme_id`,
    [from, to],
  );
  return {
    webcare,
    participation: {
      residentsHeard: people.residents,
      signalsAnswered: rows.filter((row) => row.answered).length,
      answeredWithinNorm: rows.filter((row) => row.in_norm).length,
      signalsActedOn: people.acted_on,
    },
    themes: Object.fromEntries(labels.map((row) => [row.theme_id, row.n])),
  };
}

async function expectReportsToMatchTheSignals(): Promise<void> {
  for (const [, from, to] of PERIODS) {
    const reports = await member.ok<{
      webcareReport: Record<string, unknown>[];
      participationReport: Record<string, unknown>;
      themeBalance: { theme: { id: string }; signals: number }[];
    }>(REPORTS, { f: from, t: to });
    const expected = await fromTheSignals(from, to);
    const near = (value: unknown) => (typeof value === 'number' ? Math.round(value * 1e9) / 1e9 : value);
    const rounded = (rows: Record<string, unknown>[]) =>
      rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, near(value)])));
    expect({ period: from, rows: rounded(reports.webcareReport) }).toEqual({
      period: from,
      rows: rounded(expected.webcare),
    });
    expect(reports.participationReport).toEqual(expected.participation);
    expect(
      Object.fromEntries(
        reports.themeBalance.filter((row) => row.signals > 0).map((row) => [row.theme.id, row.signals]),
      ),
    ).toEqual(expected.themes);
  }
}

beforeAll(async () => {
  api = await startApi();
  const e = await loggedIn(api, 'EDITOR');
  editor = e.client;
  author = e.user;
  member = (await loggedIn(api, 'MEMBER')).client;
  for (const name of ['Verkeer 2032', 'Afval 2032', 'Zorg 2032', 'Groen 2032'])
    themes.push((await makeTheme(api, name)).id);
  await seed();
});

afterAll(async () => {
  await api.close();
});

describe('the rollups behind the residents’ reports', () => {
  it('give what the signals themselves give, for whole and partial months and hours, across summer time', async () => {
    await expectReportsToMatchTheSignals();
  });

  it('follow every change: replies, themes, authors, deletions and moves', async () => {
    const [a, b, c, d, e, f, g] = signals;
    // An earlier reply becomes the first; a reply taken back leaves the signal unanswered by minutes.
    await api.db.query(
      `INSERT INTO replies (signal_id, body, author_id, sent_at, minutes, office_minutes)
       SELECT id, 'Eerder', $2, received_at + interval '2 minutes', 2, 1 FROM signals WHERE id = $1`,
      [a, author.id],
    );
    await api.db.query('DELETE FROM replies WHERE signal_id = $1', [b]);
    await api.db.query('UPDATE signals SET first_reply_at = NULL WHERE id = $1', [b]);
    // Themes changed, an author's signals anonymised, one signal deleted softly and one outright, one moved a month on.
    await api.db.query('DELETE FROM signal_themes WHERE signal_id = $1', [c]);
    await api.db.query('INSERT INTO signal_themes (signal_id, theme_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      c,
      themes[3],
    ]);
    // Every signal of one author anonymised: nothing of them stays in the rollups.
    const [{ author_key: anonymised }] = await api.db.query('SELECT author_key FROM signals WHERE id = $1', [d]);
    expect(anonymised).toEqual(expect.any(String));
    await api.db.query(
      `UPDATE signals SET author_handle = NULL, author_name = NULL, anonymised_at = now() WHERE author_key = $1`,
      [anonymised],
    );
    expect(await api.db.query('SELECT year FROM signal_author_years WHERE author_key = $1', [anonymised])).toEqual([]);
    await api.db.query('UPDATE signals SET deleted_at = now() WHERE id = $1', [e]);
    await api.db.query('DELETE FROM newsroom_actions WHERE signal_id = $1', [f]);
    await api.db.query('DELETE FROM replies WHERE signal_id = $1', [f]);
    await api.db.query('DELETE FROM signals WHERE id = $1', [f]);
    await api.db.query(
      `UPDATE signals SET received_at = received_at + interval '31 days', needs_reply = NOT needs_reply WHERE id = $1`,
      [g],
    );
    // A status change alone does not touch the rollups.
    const before = await api.db.query('SELECT * FROM signal_report_hours ORDER BY hour, source, shard');
    await api.db.query(`UPDATE signals SET status = 'DONE' WHERE id = ANY($1)`, [signals.slice(10, 20)]);
    expect(await api.db.query('SELECT * FROM signal_report_hours ORDER BY hour, source, shard')).toEqual(before);

    await expectReportsToMatchTheSignals();
  });

  it('fold the rows each connection writes into one per hour and source once the hour is over', async () => {
    const hour = '2021-03-10T10:00:00.000Z';
    const theme = themes[0];
    // Three connections, each writing rows of its own.
    const runners = [5, 20, 50].map((minute) => ({ minute, runner: api.db.createQueryRunner() }));
    try {
      for (const { minute, runner } of runners) {
        await runner.connect();
        const [{ id }] = await runner.query(
          `INSERT INTO signals (source, body, received_at, needs_reply) VALUES ('EMAIL', 'Een bericht', $1, false)
           RETURNING id`,
          [new Date(Date.parse(hour) + minute * 60_000)],
        );
        await runner.query('INSERT INTO signal_themes (signal_id, theme_id) VALUES ($1, $2)', [id, theme]);
      }
    } finally {
      for (const { runner } of runners) await runner.release();
    }
    const report = () =>
      api.db.query(
        `SELECT sum(q0)::int AS q0, sum(q1)::int AS q1, sum(q2)::int AS q2, sum(q3)::int AS q3
         FROM signal_report_hours WHERE hour = $1 AND source = 'EMAIL'`,
        [hour],
      );
    expect(await report()).toEqual([{ q0: 1, q1: 1, q2: 0, q3: 1 }]);

    await api.app.get(ReportRollups).fold();
    expect(await api.db.query('SELECT shard FROM signal_report_hours WHERE hour = $1', [hour])).toEqual([{ shard: 0 }]);
    expect(await report()).toEqual([{ q0: 1, q1: 1, q2: 0, q3: 1 }]);
    expect(
      await api.db.query('SELECT shard, signals FROM signal_theme_days WHERE day = $1 AND theme_id = $2', [
        '2021-03-10T00:00:00.000Z',
        theme,
      ]),
    ).toEqual([{ shard: 0, signals: 3 }]);
  });

  it('let a resident write again within the hour without waiting, and still count them when a recount runs', async () => {
    const at = new Date('2021-06-01T09:30:00.000Z');
    const insert = `INSERT INTO signals (source, body, received_at, author_handle) VALUES ('X', 'Een bericht', $1, 'vaak')
      RETURNING id`;
    const hours = () =>
      api.db.query(`SELECT bit_count(hours)::int AS n FROM signal_author_years WHERE author_key = 'X @vaak'`);
    const [{ id: earlier }] = await api.db.query(insert, [at]);
    const first = api.db.createQueryRunner();
    const second = api.db.createQueryRunner();
    await first.connect();
    await second.connect();
    try {
      // The first transaction stays open; were the author's row rewritten, the second would wait for it.
      await first.query('BEGIN');
      await first.query(insert, [at]);
      await second.query(`SET lock_timeout = '5s'`);
      await second.query('BEGIN');
      await second.query(insert, [at]);
      await second.query('COMMIT');
      // Deleting the earlier signal counts the author again, once the open transaction with its signal is done.
      const deleted = api.db.query('DELETE FROM signals WHERE id = $1', [earlier]);
      await eventually('the delete to wait for the open transaction', async () => {
        const [{ n }] = await api.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'DELETE FROM signals%'`,
        );
        return n;
      });
      await first.query('COMMIT');
      await deleted;
    } finally {
      await first.release();
      await second.release();
    }
    expect(await hours()).toEqual([{ n: 1 }]);
  });

  it('judge out of hours signal by signal when the office opens off the quarter hour', async () => {
    const days = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:10', closes: '16:55' }));
    await editor.ok(`mutation($d: [OfficeHoursInput!]!) { setOfficeHours(days: $d) { weekday } }`, {
      d: [...days, { weekday: 6, opens: null, closes: null }, { weekday: 7, opens: null, closes: null }],
    });
    await expectReportsToMatchTheSignals();
  });
});
