import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  addDays,
  GROWTH_INDICATORS,
  GROWTH_WINDOW_DAYS,
  growthPhase,
  growthThresholds,
  hasIssues,
  localDateOf,
  officeWindow,
  PARTICIPATION_FORMULA,
  REPLY_BUCKETS,
  reportRange,
  returnOnParticipation,
  startOfLocalDate,
  type Locale,
  type SignalSource,
} from '@planbord/domain';
import { APP_CONFIG, BadInputError, Clock, type AppConfig, type GraphQLContext } from '@planbord/api-core';
import { identityLoaders, type Theme } from '@planbord/api-identity';
import { WebcareService } from '@planbord/api-newsroom';
import { InsightsSettings, TeamHours } from './insights.entities';
import type { GrowthModel, ParticipationReport, ThemeBalanceRow, WebcareRow } from './reports.types';

/** A report's period, refused as BAD_USER_INPUT on `to` (or `from`) when it is not one. */
function assertPeriod(from: Date, to: Date): void {
  const issues = reportRange(from, to);
  if (hasIssues(issues)) throw new BadInputError(issues);
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A stretch of a period read from the signals themselves, added to the rollups (or, with -1, taken off them). */
interface Edge {
  from: Date;
  to: Date;
  sign: 1 | -1;
}
/** A period as the rollups hold it: whole UTC hours or months in `[from, to)`, and the edges read raw. */
interface Split {
  from: Date;
  to: Date;
  edges: Edge[];
}

/** Everything raw: for a period that holds no whole hour or month. */
const rawOnly = (from: Date, to: Date): Split => ({ from, to: from, edges: [{ from, to, sign: 1 }] });

/** The whole UTC hours (or days, by `unit`) inside `[from, to)`, and the minutes before and after them read raw. */
function wholeHours(from: Date, to: Date, unit = HOUR_MS): Split {
  const first = new Date(Math.ceil(from.getTime() / unit) * unit);
  const last = new Date(Math.floor(to.getTime() / unit) * unit);
  if (first >= last) return rawOnly(from, to);
  const edges: Edge[] = [
    { from, to: first, sign: 1 },
    { from: last, to, sign: 1 },
  ];
  return { from: first, to: last, edges: edges.filter((edge) => edge.from < edge.to) };
}

const monthStart = (at: Date, add = 0) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + add, 1));

/**
 * Whole UTC months for `[from, to)`: each end moves to the nearer month boundary, and the stretch it moved over is
 * read raw, added when the period holds it and subtracted when it does not. A local month is a UTC month give or
 * take an hour or two at each end.
 */
function wholeMonths(from: Date, to: Date): Split {
  const edges: Edge[] = [];
  let start = from;
  let end = to;
  const before = monthStart(from);
  if (before.getTime() !== from.getTime()) {
    const after = monthStart(from, 1);
    if (from.getTime() - before.getTime() < after.getTime() - from.getTime()) {
      start = before;
      edges.push({ from: before, to: from, sign: -1 });
    } else {
      start = after;
      edges.push({ from, to: after, sign: 1 });
    }
  }
  const endBefore = monthStart(to);
  if (endBefore.getTime() !== to.getTime()) {
    const endAfter = monthStart(to, 1);
    if (endAfter.getTime() - to.getTime() < to.getTime() - endBefore.getTime()) {
      end = endAfter;
      edges.push({ from: to, to: endAfter, sign: -1 });
    } else {
      end = endBefore;
      edges.push({ from: endBefore, to, sign: 1 });
    }
  }
  return start < end ? { from: start, to: end, edges } : rawOnly(from, to);
}

/**
 * The reply-minute rollups' tiers for `[from, to)`: whole UTC months, whole UTC days over the stretches the months'
 * ends moved across (each with that stretch's sign), and the hours left over read raw. Parameters for REPLY_MINUTES.
 */
function monthsDaysAndRaw(from: Date, to: Date): unknown[] {
  const months = wholeMonths(from, to);
  const days: Edge[] = [];
  const raw: Edge[] = [];
  for (const edge of months.edges) {
    const inner = wholeHours(edge.from, edge.to, DAY_MS);
    if (inner.from < inner.to) days.push({ from: inner.from, to: inner.to, sign: edge.sign });
    raw.push(...inner.edges.map((part) => ({ ...part, sign: edge.sign })));
  }
  const arrays = (edges: Edge[]) => [edges.map((e) => e.from), edges.map((e) => e.to), edges.map((e) => e.sign)];
  return [months.from, months.to, ...arrays(days), ...arrays(raw)];
}

/** A split as query parameters: the whole part's bounds, then its (at most two) edges' start, end and sign each. */
function splitParams(split: Split): unknown[] {
  // A missing edge is an empty stretch: no rows.
  const none = { from: split.from, to: split.from, sign: 0 };
  const [first, second] = [split.edges[0] ?? none, split.edges[1] ?? none];
  return [split.from, split.to, first.from, first.to, first.sign, second.from, second.to, second.sign];
}

/**
 * The signals received in a split's edges (`$n`…`$n+5` as `splitParams` gives them), each with its weight `f.w`:
 * two index ranges, whatever the plan of the rest.
 */
const rawEdges = (n: number, view = 'newsroom_signal_facts') => `(
  SELECT f.*, CASE WHEN f.received_at >= $${n}::timestamptz AND f.received_at < $${n + 1}::timestamptz THEN $${n + 2}::int
                   ELSE $${n + 5}::int END AS w
    FROM ${view} f
   WHERE (f.received_at >= $${n}::timestamptz AND f.received_at < $${n + 1}::timestamptz)
      OR (f.received_at >= $${n + 3}::timestamptz AND f.received_at < $${n + 4}::timestamptz)) f`;

/** The signals in a rollup hour `r`'s quarters that came in during an office window `o.w`, as SQL. */
const QUARTERS_IN_WINDOW = [0, 1, 2, 3]
  .map((q) => `CASE WHEN o.w @> (r.hour + interval '${q * 15} minutes') THEN r.q${q} ELSE 0 END`)
  .join(' + ');

/**
 * Per source, the signals received in a period (`$1`, `$2` whole hours; `$4`–`$9` the edges): how many, needing a
 * reply, answered, within the norm, without a known author, and received outside office hours (`$3`: the office
 * windows of the period's working days). The rollup counts signals per quarter of an hour, so each quarter of a
 * whole hour is in or out as a whole: all count as out of hours, and each window takes its quarters back.
 */
const SIGNALS_BY_SOURCE = `
  WITH office AS MATERIALIZED (SELECT $3::tstzmultirange AS hours),
  counts AS (
    SELECT r.source, r.signals, r.needing, r.answered, r.within_norm, r.anonymous, r.signals AS out_of_hours
      FROM newsroom_signal_hours r WHERE r.hour >= $1 AND r.hour < $2
    UNION ALL
    SELECT r.source, 0, 0, 0, 0, 0, -(${QUARTERS_IN_WINDOW})
      FROM unnest($3::tstzmultirange) AS o (w)
      JOIN newsroom_signal_hours r ON r.hour > lower(o.w) - interval '1 hour' AND r.hour < upper(o.w)
     WHERE r.hour >= $1 AND r.hour < $2
    UNION ALL
    SELECT f.source, f.w, f.w * f.needs_reply::int, f.w * (f.first_reply_at IS NOT NULL)::int,
           f.w * coalesce(f.needs_reply AND f.first_reply_at <= f.first_reply_due_at, false)::int,
           f.w * (f.author_key IS NULL)::int, f.w * (NOT office.hours @> f.received_at)::int
      FROM office, ${rawEdges(4)})
  SELECT source, sum(signals)::int AS signals, sum(needing)::int AS needing, sum(answered)::int AS answered,
         sum(within_norm)::int AS within_norm, sum(anonymous)::int AS anonymous, sum(out_of_hours)::int AS out_of_hours
    FROM counts GROUP BY source HAVING sum(signals) > 0`;

interface SourceCounts {
  source: SignalSource;
  signals: number;
  needing: number;
  answered: number;
  within_norm: number;
  anonymous: number;
  out_of_hours: number;
}

/**
 * Per source, the first replies of the signals received in a period (`$1`, `$2` whole months; `$3`–`$5` signed
 * stretches of whole days, `$6`–`$8` of raw signals, as monthsDaysAndRaw gives them) by their calendar and office
 * minutes: the counts, the two values around each percentile's position as PostgreSQL's `percentile_cont` takes them
 * (position `p × (n − 1)`, interpolated in between), and the buckets.
 */
const REPLY_MINUTES = `
  WITH minutes AS (
    SELECT source, minutes, sum(calendar) AS calendar, sum(office) AS office FROM (
      SELECT source, minutes, calendar, office FROM newsroom_reply_minutes WHERE month >= $1 AND month < $2
      UNION ALL
      SELECT r.source, r.minutes, e.w * r.calendar, e.w * r.office
        FROM unnest($3::timestamptz[], $4::timestamptz[], $5::int[]) AS e (lo, hi, w)
        CROSS JOIN LATERAL (SELECT * FROM newsroom_reply_day_minutes r
                             WHERE r.day >= e.lo AND r.day < e.hi OFFSET 0) r
      UNION ALL
      SELECT f.source, v.minutes, e.w * v.calendar, e.w * v.office
        FROM unnest($6::timestamptz[], $7::timestamptz[], $8::int[]) AS e (lo, hi, w)
        -- OFFSET 0 keeps each stretch its own index range: joined flat, the planner scans every signal instead.
        CROSS JOIN LATERAL (SELECT * FROM newsroom_signal_facts f
                             WHERE f.received_at >= e.lo AND f.received_at < e.hi OFFSET 0) f
        CROSS JOIN LATERAL (VALUES (f.first_reply_minutes, 1, 0), (f.first_reply_office_minutes, 0, 1))
             AS v (minutes, calendar, office)
       WHERE v.minutes IS NOT NULL) x
    GROUP BY source, minutes),
  ranked AS (
    SELECT source, minutes, kind, n, sum(n) OVER (PARTITION BY source, kind ORDER BY minutes) AS upto,
           sum(n) OVER (PARTITION BY source, kind) AS total
      FROM minutes CROSS JOIN LATERAL (VALUES ('calendar', calendar), ('office', office)) AS k (kind, n) WHERE n > 0)
  SELECT source, kind, total::int AS total,
    ${[0.5, 0.9]
      .map(
        (p, i) => `min(minutes) FILTER (WHERE upto > floor(${p}::float8 * (total - 1)::float8)) AS low_${i},
    min(minutes) FILTER (WHERE upto > ceil(${p}::float8 * (total - 1)::float8)) AS high_${i}`,
      )
      .join(',\n    ')},
    ${REPLY_BUCKETS.map(
      (bucket, i) =>
        `coalesce(sum(n) FILTER (WHERE minutes >= ${bucket.fromMinutes}${
          bucket.toMinutes === null ? '' : ` AND minutes < ${bucket.toMinutes}`
        }), 0)::int AS bucket_${i}`,
    ).join(',\n    ')}
  FROM ranked GROUP BY source, kind, total`;

const PERCENTILES = [0.5, 0.9] as const;

interface ReplyMinutes {
  source: SignalSource;
  kind: 'calendar' | 'office';
  total: number;
  low_0: number;
  high_0: number;
  low_1: number;
  high_1: number;
  [bucket: `bucket_${number}`]: number;
}

/** `percentile_cont(p)` from the two values around its position, as PostgreSQL interpolates them. */
function percentile(row: ReplyMinutes | undefined, i: 0 | 1): number | null {
  if (!row || row.total === 0) return null;
  const position = PERCENTILES[i] * (row.total - 1);
  const low = row[`low_${i}`];
  return low + (row[`high_${i}`] - low) * (position - Math.floor(position));
}

/**
 * Residents heard in a period (`$1`, `$2` whole hours; `$3`–`$8` the edges): each known author once (those with a
 * signal in a whole hour from the bits of their years' hours, the rest from the edges), and the signals a decision
 * other than MONITOR, not cancelled, was taken on (`$9`, `$10` the period).
 */
const AUTHORS_AND_ACTIONS = `
  WITH years AS MATERIALIZED (
    SELECT year, greatest(0, extract(epoch FROM $1::timestamptz - start)::int / 3600) AS lo,
           least(8784, extract(epoch FROM $2::timestamptz - start)::int / 3600) AS hi
      FROM generate_series(extract(year FROM $1::timestamptz AT TIME ZONE 'UTC')::int,
                           extract(year FROM $2::timestamptz AT TIME ZONE 'UTC')::int) AS year,
           make_timestamptz(year, 1, 1, 0, 0, 0, 'UTC') AS start),
  heard AS MATERIALIZED (
    SELECT DISTINCT a.author_key FROM years y JOIN newsroom_author_years a ON a.year = y.year
     WHERE y.hi > y.lo AND bit_count(substring(a.hours FROM y.lo + 1 FOR y.hi - y.lo)) > 0)
  SELECT ((SELECT count(*) FROM heard)
       + (SELECT count(DISTINCT f.author_key) FROM ${rawEdges(3)}
           WHERE f.author_key IS NOT NULL AND f.author_key NOT IN (SELECT author_key FROM heard)))::int AS authors,
    (SELECT count(DISTINCT a.signal_id) FROM newsroom_signal_actions a
       JOIN newsroom_signal_facts f ON f.signal_id = a.signal_id
      WHERE a.kind <> 'MONITOR' AND a.status <> 'CANCELLED' AND f.received_at >= $9 AND f.received_at < $10)::int
      AS acted_on`;

interface SignalCounts {
  signals: number;
  residents: number;
  needing: number;
  answered: number;
  within_norm: number;
  acted_on: number;
}

/** Comments and shares on the posts published in the period: the conversations our posts started. */
const POST_COUNTS = `
  SELECT count(*)::int AS posts, count(m.post_id)::int AS with_figures,
    count(DISTINCT p.channel_id)::int AS channels, count(*) FILTER (WHERE p.signal_id IS NOT NULL)::int AS from_signals,
    coalesce(sum(coalesce(m.comments, 0) + coalesce(m.shares, 0)), 0)::float8 AS conversations
  FROM publishing_published_posts p LEFT JOIN post_metrics m ON m.post_id = p.post_id
  WHERE p.published_at >= $1 AND p.published_at < $2`;

interface PostCounts {
  posts: number;
  with_figures: number;
  channels: number;
  from_signals: number;
  conversations: number;
}

/**
 * The reports about residents: what they talk about against what we publish, how fast we answer, what came of it
 * per team hour, and where the team stands in the growth model.
 */
@Injectable()
export class ResidentReports {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly webcare: WebcareService,
  ) {}

  /**
   * Per theme: the theme labels on the signals received and on the posts published in the period (a post's own
   * themes, else its event's or rubric's). Shares are of all labels of the period, so each column sums to 1; a theme
   * with neither is left out. Most signals first, then by name.
   */
  async themeBalance(ctx: GraphQLContext, from: Date, to: Date): Promise<ThemeBalanceRow[]> {
    assertPeriod(from, to);
    const rows: { theme_id: string; signals: number; posts: number }[] = await this.db.query(
      `WITH s AS (SELECT theme_id, sum(n)::int AS n FROM (
                    SELECT theme_id, signals AS n FROM newsroom_theme_days WHERE day >= $3 AND day < $4
                    UNION ALL
                    SELECT f.theme_id, f.w FROM ${rawEdges(5, 'newsroom_signal_themes')}) x
                   GROUP BY theme_id HAVING sum(n) > 0),
            p AS (SELECT t.theme_id, count(*)::int AS n FROM publishing_published_posts pp
                    JOIN publishing_post_themes t ON t.post_id = pp.post_id
                   WHERE pp.published_at >= $1 AND pp.published_at < $2 GROUP BY t.theme_id)
       SELECT coalesce(s.theme_id, p.theme_id) AS theme_id, coalesce(s.n, 0) AS signals, coalesce(p.n, 0) AS posts
         FROM s FULL JOIN p ON p.theme_id = s.theme_id`,
      [from, to, ...splitParams(wholeHours(from, to, DAY_MS))],
    );
    const signalLabels = rows.reduce((sum, row) => sum + row.signals, 0);
    const postLabels = rows.reduce((sum, row) => sum + row.posts, 0);
    const themes = await identityLoaders(ctx).theme.loadMany(rows.map((row) => row.theme_id));
    return rows
      .flatMap((row, i) => {
        const theme = themes[i];
        if (!theme || theme instanceof Error) return [];
        const signalShare = signalLabels === 0 ? 0 : row.signals / signalLabels;
        const postShare = postLabels === 0 ? 0 : row.posts / postLabels;
        return [
          {
            theme: theme as Theme,
            signals: row.signals,
            signalShare,
            posts: row.posts,
            postShare,
            gap: signalShare - postShare,
          },
        ];
      })
      .sort((a, b) => b.signals - a.signals || a.theme.name.localeCompare(b.theme.name, 'nl'));
  }

  /**
   * Per source, over the signals received in the period: answered (a first reply), within the norm (first reply at
   * or before its due time, of the signals that need a reply), the median and 90th percentile of the first reply's
   * minutes as PostgreSQL's `percentile_cont` gives them (linear interpolation between the two nearest values), the
   * share received outside office hours (closed days, public holidays and outside the day's hours, in the
   * organisation's zone), and the first replies by calendar minutes in buckets.
   */
  async webcareReport(from: Date, to: Date): Promise<WebcareRow[]> {
    assertPeriod(from, to);
    const [counts, minutes] = await Promise.all([
      this.signalsBySource(from, to),
      this.db.query(REPLY_MINUTES, monthsDaysAndRaw(from, to)) as Promise<ReplyMinutes[]>,
    ]);
    return counts
      .sort((a, b) => b.signals - a.signals || a.source.localeCompare(b.source))
      .map((row) => {
        const calendar = minutes.find((m) => m.source === row.source && m.kind === 'calendar');
        const office = minutes.find((m) => m.source === row.source && m.kind === 'office');
        return {
          source: row.source,
          signals: row.signals,
          answered: row.answered,
          withinNorm: row.within_norm,
          withinNormShare: share(row.within_norm, row.needing),
          medianMinutes: percentile(calendar, 0),
          medianOfficeMinutes: percentile(office, 0),
          p90Minutes: percentile(calendar, 1),
          outOfHoursShare: share(row.out_of_hours, row.signals),
          buckets: REPLY_BUCKETS.map((bucket, i) => ({ label: bucket.label, count: calendar?.[`bucket_${i}`] ?? 0 })),
        };
      });
  }

  /**
   * The signals of `[from, to)` per source (see SIGNALS_BY_SOURCE), out of hours by the webcare calendar's office
   * windows. Quarters of whole hours answer exactly when the windows open and close on quarter hours; when they do
   * not, every signal of the period is judged by itself.
   */
  private async signalsBySource(from: Date, to: Date): Promise<SourceCounts[]> {
    const { calendar } = await this.webcare.rules();
    const windows = [];
    for (
      let date = localDateOf(from, calendar.timeZone);
      date <= localDateOf(to, calendar.timeZone);
      date = addDays(date, 1)
    ) {
      const window = officeWindow(date, calendar);
      if (window) windows.push(window);
    }
    const QUARTER_MS = 15 * 60_000;
    const onQuarters = windows.every(
      (w) => w.opens.getTime() % QUARTER_MS === 0 && w.closes.getTime() % QUARTER_MS === 0,
    );
    const [whole, end, ...edges] = splitParams(onQuarters ? wholeHours(from, to) : rawOnly(from, to));
    // The windows as a multirange literal: one binary search per quarter hour or signal.
    const office = `{${windows.map((w) => `[${w.opens.toISOString()},${w.closes.toISOString()})`).join(',')}}`;
    return this.db.query(SIGNALS_BY_SOURCE, [whole, end, office, ...edges]);
  }

  /** The signals of a period as the participation report and the growth model count them (see SignalCounts). */
  private async signalCounts(from: Date, to: Date): Promise<SignalCounts> {
    const [bySource, [people]] = await Promise.all([
      this.signalsBySource(from, to),
      this.db.query(AUTHORS_AND_ACTIONS, [...splitParams(wholeHours(from, to)), from, to]) as Promise<
        { authors: number; acted_on: number }[]
      >,
    ]);
    const sum = (key: 'signals' | 'needing' | 'answered' | 'within_norm' | 'anonymous') =>
      bySource.reduce((total, row) => total + row[key], 0);
    return {
      signals: sum('signals'),
      residents: people.authors + sum('anonymous'),
      needing: sum('needing'),
      answered: sum('answered'),
      within_norm: sum('within_norm'),
      acted_on: people.acted_on,
    };
  }

  /**
   * Return on Participation over the signals received and the posts published in the period: residents heard
   * (distinct authors; a signal without author data, never given or anonymised, counts as one), signals answered and
   * within the norm, conversations (comments and shares on the posts), signals acted on (a decision other than
   * MONITOR, not cancelled), and the team's hours, each month's prorated by the part of it the period covers.
   */
  async participationReport(from: Date, to: Date, locale: Locale): Promise<ParticipationReport> {
    assertPeriod(from, to);
    const [signals, [posts], teamHours] = await Promise.all([
      this.signalCounts(from, to),
      this.db.query(POST_COUNTS, [from, to]) as Promise<PostCounts[]>,
      this.teamHoursOver(from, to),
    ]);
    const figures = {
      residentsHeard: signals.residents,
      conversations: Number(posts.conversations),
      signalsActedOn: signals.acted_on,
    };
    return {
      ...figures,
      signalsAnswered: signals.answered,
      answeredWithinNorm: signals.within_norm,
      teamHours,
      returnOnParticipation: returnOnParticipation(figures, teamHours),
      formula: PARTICIPATION_FORMULA[locale],
    };
  }

  /**
   * The team's hours over `[from, to)`: each recorded month's hours times the part of the month (from its first local
   * midnight to the next month's) that the period covers, so a whole month counts whole and half a month half.
   */
  async teamHoursOver(from: Date, to: Date): Promise<number> {
    const zone = this.config.orgTimeZone;
    const first = `${localDateOf(from, zone).slice(0, 7)}-01`;
    const rows = await this.db
      .getRepository(TeamHours)
      .createQueryBuilder('h')
      .where('h.month >= :first AND h.month < :to', { first, to: localDateOf(to, zone) })
      .getMany();
    let total = 0;
    for (const row of rows) {
      const month = String(row.month).slice(0, 10);
      const start = startOfLocalDate(month, zone);
      const end = startOfLocalDate(nextMonth(month), zone);
      const covered = Math.min(end.getTime(), to.getTime()) - Math.max(start.getTime(), from.getTime());
      if (covered > 0) total += (row.hours * covered) / (end.getTime() - start.getTime());
    }
    return total;
  }

  /**
   * The growth model over the last 90 days before now (the server's clock): each phase's indicators against the
   * thresholds in the settings; the phase is the highest whose indicators, and every earlier phase's, are all met.
   */
  async growthModel(locale: Locale): Promise<GrowthModel> {
    const to = this.clock.now();
    const from = new Date(to.getTime() - GROWTH_WINDOW_DAYS * 86400_000);
    const [signals, [posts], [themes], [departments], settings] = await Promise.all([
      this.signalCounts(from, to),
      this.db.query(POST_COUNTS, [from, to]) as Promise<PostCounts[]>,
      this.db.query(
        `SELECT count(DISTINCT t.theme_id)::int AS n FROM publishing_published_posts p
           JOIN publishing_post_themes t ON t.post_id = p.post_id WHERE p.published_at >= $1 AND p.published_at < $2`,
        [from, to],
      ) as Promise<{ n: number }[]>,
      this.db.query(
        `SELECT count(DISTINCT department_id)::int AS n FROM planning_event_coverage
          WHERE requested_at >= $1 AND requested_at < $2`,
        [from, to],
      ) as Promise<{ n: number }[]>,
      this.db.getRepository(InsightsSettings).findOne({ where: {}, order: { createdAt: 'ASC' } }),
    ]);
    const values: Record<string, number | null> = {
      postsPerMonth: posts.posts / (GROWTH_WINDOW_DAYS / 30),
      activeChannels: posts.channels,
      postsWithFiguresShare: share(posts.with_figures, posts.posts),
      themesPublished: themes.n,
      answeredShare: share(signals.answered, signals.needing),
      withinNormShare: share(signals.within_norm, signals.needing),
      conversationsPerPost: share(Number(posts.conversations), posts.with_figures),
      actedOnShare: share(signals.acted_on, signals.signals),
      postsFromSignals: posts.from_signals,
      requestingDepartments: departments.n,
    };
    const thresholds = growthThresholds(settings?.growthThresholds ?? {});
    const indicators = GROWTH_INDICATORS.map((indicator) => {
      const value = values[indicator.key] ?? null;
      const threshold = thresholds[indicator.key];
      return {
        key: indicator.key,
        label: indicator.label[locale],
        value,
        threshold,
        met: value !== null && value >= threshold,
        phase: indicator.phase,
      };
    });
    return { phase: growthPhase(indicators), indicators };
  }
}

/** The first day of the month after a `YYYY-MM-01` date. */
function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
}
