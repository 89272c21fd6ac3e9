import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  adsWarning,
  freeRoomShare,
  hasIssues,
  localDateOf,
  reportRange,
  reportYear,
  type PlanningBalanceCounts,
} from '@planbord/domain';
import { APP_CONFIG, BadInputError, Clock, findRows, type AppConfig, type GraphQLContext } from '@planbord/api-core';
import { identityLoaders } from '@planbord/api-identity';
import { CalendarService, planningLoaders, SettingsService } from '@planbord/api-planning';
import { Campaign } from './insights.entities';
import type { AdsReport, EngagementGroup, EngagementRow, PlanningReport } from './reports.types';

/** A report's period, refused as BAD_USER_INPUT on `to` (or `from`) when it is not one. */
export function assertReportRange(from: Date, to: Date): void {
  const issues = reportRange(from, to);
  if (hasIssues(issues)) throw new BadInputError(issues);
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
/** A whole number from PostgreSQL, whose sums of integers come as bigint (text) or numeric. */
const num = (value: unknown) => Number(value ?? 0);

/** How the period's posts are grouped: the key of each post's group(s) and the join that gives it. */
const GROUPING: Record<EngagementGroup, { join: string; key: string }> = {
  CHANNEL: { join: '', key: 'p.channel_id::text' },
  // A post carries its own themes, else its event's or its rubric's; a post with two themes counts in both.
  THEME: {
    join: 'LEFT JOIN publishing_post_themes g ON g.post_id = p.post_id',
    key: "coalesce(g.theme_id::text, 'none')",
  },
  RUBRIC: { join: 'LEFT JOIN planning_slots g ON g.slot_id = p.slot_id', key: "coalesce(g.rubric_id::text, 'none')" },
  // The audiences a post reached are its channel's: most posts have no event, and a channel always has its audiences.
  AUDIENCE: {
    join: 'LEFT JOIN identity_channel_audiences g ON g.channel_id = p.channel_id',
    key: "coalesce(g.audience_id::text, 'none')",
  },
  WEEKDAY_HOUR: {
    join: '',
    key: `extract(isodow FROM p.published_at AT TIME ZONE $3::text)::int || '-' || extract(hour FROM p.published_at AT TIME ZONE $3::text)::int`,
  },
};

interface EngagementSums {
  key: string;
  posts: number;
  with_metrics: number;
  reach: string;
  interactions: string;
}

/** The reports about the team's own work: planning, engagement of what it published, and paid reach. */
@Injectable()
export class TeamReports {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly planningSettings: SettingsService,
  ) {}

  /**
   * Events that start in the period and are planned (PLANNED or DONE) and how many are covered (COVERED or
   * NOT_NEEDED, as planning derives it); rubric slots that start in it and how many are FILLED (a post, or someone
   * writing or publishing for it), skipped ones apart; the free room as planning's weekly balance counts it, over the
   * whole period; and the requests that came in during the period.
   */
  async planningReport(ctx: GraphQLContext, from: Date, to: Date): Promise<PlanningReport> {
    assertReportRange(from, to);
    const now = this.clock.now();
    const [[events], [slots], [requests], departments, weeks, settings] = await Promise.all([
      this.db.query(
        `SELECT count(*)::int AS planned, count(*) FILTER (WHERE coverage IN ('COVERED', 'NOT_NEEDED'))::int AS covered
           FROM planning_event_coverage WHERE status IN ('PLANNED', 'DONE') AND starts_at >= $1 AND starts_at < $2`,
        [from, to],
      ) as Promise<{ planned: number; covered: number }[]>,
      this.db.query(
        `SELECT count(*)::int AS slots, count(*) FILTER (WHERE status = 'FILLED')::int AS filled,
                count(*) FILTER (WHERE status = 'SKIPPED')::int AS skipped
           FROM planning_slots WHERE kind = 'RUBRIC' AND starts_at >= $1 AND starts_at < $2`,
        [from, to],
      ) as Promise<{ slots: number; filled: number; skipped: number }[]>,
      this.db.query(
        `SELECT count(*)::int AS requests,
                count(*) FILTER (WHERE decided_at IS NOT NULL AND decided_at <= response_due_at)::int AS in_time,
                count(*) FILTER (WHERE decided_at IS NULL AND response_due_at > $3)::int AS pending
           FROM planning_event_coverage WHERE requested_at >= $1 AND requested_at < $2`,
        [from, to, now],
      ) as Promise<{ requests: number; in_time: number; pending: number }[]>,
      this.db.query(
        `SELECT department_id, count(*)::int AS requests, count(*) FILTER (WHERE late)::int AS late
           FROM planning_event_coverage WHERE requested_at >= $1 AND requested_at < $2 AND department_id IS NOT NULL
          GROUP BY department_id`,
        [from, to],
      ) as Promise<{ department_id: string; requests: number; late: number }[]>,
      this.calendar.balance(from, to, 0),
      this.planningSettings.get(),
    ]);
    const room = weeks.reduce<PlanningBalanceCounts>(
      (sum, week) => ({
        rubric: sum.rubric + week.rubric,
        eventBound: sum.eventBound + week.eventBound,
        adHocFilled: sum.adHocFilled + week.adHocFilled,
        adHocFree: sum.adHocFree + week.adHocFree,
      }),
      { rubric: 0, eventBound: 0, adHocFilled: 0, adHocFree: 0 },
    );
    const content = room.rubric + room.eventBound + room.adHocFilled + room.adHocFree;
    const found = await identityLoaders(ctx).department.loadMany(departments.map((d) => d.department_id));
    const byId = new Map(found.flatMap((d) => (d && !(d instanceof Error) ? [[d.id, d] as const] : [])));
    const due = requests.requests - requests.pending;
    return {
      eventsPlanned: events.planned,
      eventsCovered: events.covered,
      coveredShare: share(events.covered, events.planned),
      rubricSlots: slots.slots,
      slotsFilled: slots.filled,
      slotsSkipped: slots.skipped,
      filledShare: share(slots.filled, slots.slots - slots.skipped),
      publications: content,
      freeRoomSlots: room.adHocFree,
      freeRoomShare: content === 0 ? null : freeRoomShare(room),
      freeRoomTargetShare: settings.freeRoomTargetShare,
      requests: requests.requests,
      requestsAnsweredInTime: requests.in_time,
      requestsPending: requests.pending,
      answeredInTimeShare: share(requests.in_time, due),
      departments: departments
        .flatMap((row) => {
          const department = byId.get(row.department_id);
          return department ? [{ department, requests: row.requests, late: row.late }] : [];
        })
        .sort(
          (a, b) => b.late - a.late || b.requests - a.requests || a.department.name.localeCompare(b.department.name),
        ),
    };
  }

  /**
   * The posts published in the period, grouped; figures are each post's latest lifetime totals, a figure it lacks
   * counts 0. A post in several groups (two themes, a channel with two audiences) counts in each. Posts without the
   * group's link (no theme, no rubric, a channel without audiences) form one group with the key `none`.
   */
  async engagementReport(
    ctx: GraphQLContext,
    from: Date,
    to: Date,
    groupBy: EngagementGroup,
  ): Promise<EngagementRow[]> {
    assertReportRange(from, to);
    const { join, key } = GROUPING[groupBy];
    const rows: EngagementSums[] = await this.db.query(
      `WITH p AS (
         SELECT pp.post_id, pp.channel_id, pp.slot_id, pp.published_at, m.post_id IS NOT NULL AS has_metrics,
                coalesce(m.reach, 0) AS reach,
                coalesce(m.reactions, 0) + coalesce(m.comments, 0) + coalesce(m.shares, 0) + coalesce(m.clicks, 0)
                  + coalesce(m.saves, 0) AS interactions
           FROM publishing_published_posts pp LEFT JOIN post_metrics m ON m.post_id = pp.post_id
          WHERE pp.published_at >= $1 AND pp.published_at < $2)
       SELECT ${key} AS key, count(*)::int AS posts, count(*) FILTER (WHERE p.has_metrics)::int AS with_metrics,
              sum(p.reach) AS reach, sum(p.interactions) AS interactions
         FROM p ${join} GROUP BY 1`,
      groupBy === 'WEEKDAY_HOUR' ? [from, to, this.config.orgTimeZone] : [from, to],
    );
    const ids = rows.map((row) => row.key).filter((k) => k !== 'none');
    const objects = await this.groupObjects(ctx, groupBy, ids);
    const result = rows.map((row): EngagementRow => {
      const [weekday, hour] = groupBy === 'WEEKDAY_HOUR' ? row.key.split('-').map(Number) : [null, null];
      const interactions = num(row.interactions);
      const object = objects.get(row.key) ?? null;
      return {
        key: row.key,
        channel: groupBy === 'CHANNEL' ? object : null,
        theme: groupBy === 'THEME' ? object : null,
        rubric: groupBy === 'RUBRIC' ? object : null,
        audience: groupBy === 'AUDIENCE' ? object : null,
        weekday,
        hour,
        posts: row.posts,
        postsWithMetrics: row.with_metrics,
        reach: num(row.reach),
        interactions,
        interactionsPerPost: share(interactions, row.with_metrics),
      } as EngagementRow;
    });
    if (groupBy === 'WEEKDAY_HOUR') return result.sort((a, b) => a.weekday! - b.weekday! || a.hour! - b.hour!);
    const nameOf = (row: EngagementRow) => (row.channel ?? row.theme ?? row.rubric ?? row.audience)?.name ?? '\uffff';
    return result.sort(
      (a, b) => b.interactions - a.interactions || b.posts - a.posts || nameOf(a).localeCompare(nameOf(b)),
    );
  }

  /** The channels, themes, rubrics or audiences of the groups, through the features that own them. */
  private async groupObjects(
    ctx: GraphQLContext,
    groupBy: EngagementGroup,
    ids: string[],
  ): Promise<Map<string, { id: string; name: string }>> {
    if (ids.length === 0 || groupBy === 'WEEKDAY_HOUR') return new Map();
    const loader = {
      CHANNEL: identityLoaders(ctx).channel,
      THEME: identityLoaders(ctx).theme,
      AUDIENCE: identityLoaders(ctx).audience,
      RUBRIC: planningLoaders(ctx).rubric,
    }[groupBy];
    const found = await (loader as { loadMany(keys: string[]): Promise<unknown[]> }).loadMany(ids);
    return new Map(
      found.flatMap((o) =>
        o && !(o instanceof Error) ? [[(o as { id: string }).id, o as { id: string; name: string }] as const] : [],
      ),
    );
  }

  /**
   * The campaigns that start in the year: planned (not started by today, on the organisation's clock), committed
   * (started) and spent, against the year's budget; the warning weighs the larger of planned + committed and spent.
   */
  async adsReport(ctx: GraphQLContext, year: number): Promise<AdsReport> {
    const issues = reportYear(year);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const today = localDateOf(this.clock.now(), this.config.orgTimeZone);
    const [budget] = (await this.db.query(
      'SELECT budget_cents FROM ads_budgets WHERE year = $1 AND deleted_at IS NULL',
      [year],
    )) as { budget_cents: number }[];
    const campaigns = await findRows(
      this.db,
      Campaign,
      `t.starts_on >= :first AND t.starts_on <= :last`,
      { first: `${year}-01-01`, last: `${year}-12-31` },
      't.starts_on, t.name, t.id',
    );
    const startsOn = (c: Campaign) => String(c.startsOn).slice(0, 10);
    const sum = (list: Campaign[], pick: (c: Campaign) => number) => list.reduce((total, c) => total + pick(c), 0);
    const figures = {
      plannedCents: sum(
        campaigns.filter((c) => startsOn(c) > today),
        (c) => c.budgetCents,
      ),
      committedCents: sum(
        campaigns.filter((c) => startsOn(c) <= today),
        (c) => c.budgetCents,
      ),
      spentCents: sum(campaigns, (c) => c.spentCents),
    };
    const budgetCents = budget ? budget.budget_cents : null;
    const channelIds = [...new Set(campaigns.map((c) => c.channelId))];
    const channels = await identityLoaders(ctx).channel.loadMany(channelIds);
    return {
      year,
      budgetCents,
      ...figures,
      warning: adsWarning(budgetCents, figures),
      channels: channels
        .flatMap((channel) => (channel && !(channel instanceof Error) ? [channel] : []))
        .map((channel) => {
          const own = campaigns.filter((c) => c.channelId === channel.id);
          return {
            channel,
            campaigns: own.length,
            budgetCents: sum(own, (c) => c.budgetCents),
            spentCents: sum(own, (c) => c.spentCents),
          };
        })
        .sort((a, b) => b.budgetCents - a.budgetCents || a.channel.name.localeCompare(b.channel.name)),
      campaigns,
    };
  }
}
