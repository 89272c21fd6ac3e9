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
/** A number from PostgreSQL, whose sums and percentiles may come as text; null stays null. */
const numOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The first-reply buckets as SQL: each holds its lower bound, not its upper (see REPLY_BUCKETS). */
const BUCKET_COLUMNS = REPLY_BUCKETS.map(
  (bucket, i) =>
    `count(*) FILTER (WHERE minutes >= ${bucket.fromMinutes}${
      bucket.toMinutes === null ? '' : ` AND minutes < ${bucket.toMinutes}`
    })::int AS bucket_${i}`,
).join(',\n        ');

interface WebcareSums {
  source: SignalSource;
  signals: number;
  answered: number;
  within_norm: number;
  needing: number;
  median: string | null;
  median_office: string | null;
  p90: string | null;
  out_of_hours: number;
  [bucket: `bucket_${number}`]: number;
}

/**
 * The signals of a period as the participation report and the growth model count them: each is a resident unless
 * its author is known, when each distinct author (source with handle, else name) counts once.
 */
const SIGNAL_COUNTS = `
  SELECT count(*)::int AS signals,
    (count(DISTINCT f.author_key) + count(*) FILTER (WHERE f.author_key IS NULL))::int AS residents,
    count(*) FILTER (WHERE f.needs_reply)::int AS needing,
    count(*) FILTER (WHERE f.first_reply_at IS NOT NULL)::int AS answered,
    count(*) FILTER (WHERE f.needs_reply AND f.first_reply_at IS NOT NULL AND f.first_reply_due_at IS NOT NULL
      AND f.first_reply_at <= f.first_reply_due_at)::int AS within_norm,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM newsroom_signal_actions a WHERE a.signal_id = f.signal_id
      AND a.kind <> 'MONITOR' AND a.status <> 'CANCELLED'))::int AS acted_on
  FROM newsroom_signal_facts f WHERE f.received_at >= $1 AND f.received_at < $2`;

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
      `WITH s AS (SELECT theme_id, count(*)::int AS n FROM newsroom_signal_themes
                   WHERE received_at >= $1 AND received_at < $2 GROUP BY theme_id),
            p AS (SELECT t.theme_id, count(*)::int AS n FROM publishing_published_posts pp
                    JOIN publishing_post_themes t ON t.post_id = pp.post_id
                   WHERE pp.published_at >= $1 AND pp.published_at < $2 GROUP BY t.theme_id)
       SELECT coalesce(s.theme_id, p.theme_id) AS theme_id, coalesce(s.n, 0) AS signals, coalesce(p.n, 0) AS posts
         FROM s FULL JOIN p ON p.theme_id = s.theme_id`,
      [from, to],
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
    const { calendar } = await this.webcare.rules();
    const open = calendar.officeHours.filter((day) => day.opens && day.closes);
    const holidays: string[] = [];
    for (
      let date = localDateOf(from, calendar.timeZone);
      date <= localDateOf(to, calendar.timeZone);
      date = addDays(date, 1)
    )
      if (calendar.isHoliday(date)) holidays.push(date);
    const rows: WebcareSums[] = await this.db.query(
      `SELECT source, count(*)::int AS signals,
        count(*) FILTER (WHERE first_reply_at IS NOT NULL)::int AS answered,
        count(*) FILTER (WHERE needs_reply)::int AS needing,
        count(*) FILTER (WHERE needs_reply AND first_reply_at IS NOT NULL AND first_reply_due_at IS NOT NULL
          AND first_reply_at <= first_reply_due_at)::int AS within_norm,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY minutes) AS median,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY office_minutes) AS median_office,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY minutes) AS p90,
        count(*) FILTER (WHERE local::date = ANY($4::date[]) OR NOT EXISTS (
          SELECT 1 FROM unnest($5::int[], $6::time[], $7::time[]) AS o(weekday, opens, closes)
           WHERE o.weekday = extract(isodow FROM local) AND local::time >= o.opens AND local::time < o.closes))::int
          AS out_of_hours,
        ${BUCKET_COLUMNS}
      FROM (SELECT f.source, f.needs_reply, f.first_reply_at, f.first_reply_due_at,
                   f.first_reply_minutes AS minutes, f.first_reply_office_minutes AS office_minutes,
                   f.received_at AT TIME ZONE $3::text AS local
              FROM newsroom_signal_facts f WHERE f.received_at >= $1 AND f.received_at < $2) s
      GROUP BY source ORDER BY count(*) DESC, source`,
      [
        from,
        to,
        calendar.timeZone,
        holidays,
        open.map((day) => day.weekday),
        open.map((day) => day.opens),
        open.map((day) => day.closes),
      ],
    );
    return rows.map((row) => ({
      source: row.source,
      signals: row.signals,
      answered: row.answered,
      withinNorm: row.within_norm,
      withinNormShare: share(row.within_norm, row.needing),
      medianMinutes: numOrNull(row.median),
      medianOfficeMinutes: numOrNull(row.median_office),
      p90Minutes: numOrNull(row.p90),
      outOfHoursShare: share(row.out_of_hours, row.signals),
      buckets: REPLY_BUCKETS.map((bucket, i) => ({ label: bucket.label, count: row[`bucket_${i}`] })),
    }));
  }

  /**
   * Return on Participation over the signals received and the posts published in the period: residents heard
   * (distinct authors; a signal without author data, never given or anonymised, counts as one), signals answered and
   * within the norm, conversations (comments and shares on the posts), signals acted on (a decision other than
   * MONITOR, not cancelled), and the team's hours, each month's prorated by the part of it the period covers.
   */
  async participationReport(from: Date, to: Date, locale: Locale): Promise<ParticipationReport> {
    assertPeriod(from, to);
    const [[signals], [posts], teamHours] = await Promise.all([
      this.db.query(SIGNAL_COUNTS, [from, to]) as Promise<SignalCounts[]>,
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
    const [[signals], [posts], [themes], [departments], settings] = await Promise.all([
      this.db.query(SIGNAL_COUNTS, [from, to]) as Promise<SignalCounts[]>,
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
