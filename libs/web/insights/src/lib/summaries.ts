import type {
  ReportsAdsQuery,
  ReportsEngagementQuery,
  ReportsGrowthModelQuery,
  ReportsParticipationQuery,
  ReportsPlanningQuery,
  ReportsThemeBalanceQuery,
  ReportsWebcareQuery,
} from '@planbord/web-graphql';
import type { Formats } from '@planbord/web-ui';
import type { Translate } from '../i18n';
import { quarterOf, type Period } from './period';

export type ThemeBalanceRow = ReportsThemeBalanceQuery['themeBalance'][number];
export type WebcareRow = ReportsWebcareQuery['webcareReport'][number];
export type PlanningReport = ReportsPlanningQuery['planningReport'];
export type EngagementRow = ReportsEngagementQuery['engagementReport'][number];
export type AdsReport = ReportsAdsQuery['adsReport'];
export type ParticipationReport = ReportsParticipationQuery['participationReport'];
export type GrowthModel = ReportsGrowthModelQuery['growthModel'];

/** The period's words: its name ("november 2034") and how a sentence opens with it ("In november 2034"). */
function periodWords(period: Period, t: Translate, f: Formats, form: 'label' | 'in'): string {
  const year = period.first.slice(0, 4);
  switch (period.kind) {
    case 'month':
      return t(`reports.period.${form}.month`, { month: f.formatMonthYear(period.first) });
    case 'quarter':
      return t(`reports.period.${form}.quarter`, { quarter: String(quarterOf(period.first)), year });
    case 'year':
      return t(`reports.period.${form}.year`, { year });
    case 'custom':
      return t(`reports.period.${form}.custom`, {
        first: f.formatLocalDate(period.first, { weekday: false }),
        last: f.formatLocalDate(period.last, { weekday: false }),
      });
  }
}

export const periodLabel = (period: Period, t: Translate, f: Formats) => periodWords(period, t, f, 'label');
export const inPeriod = (period: Period, t: Translate, f: Formats) => periodWords(period, t, f, 'in');

/** Whole euros from cents, written the language's way: "€ 5.000". */
export const formatEuros = (cents: number, f: Formats) => `€ ${f.formatNumber(Math.round(cents / 100))}`;

const sum = <T>(rows: readonly T[], value: (row: T) => number) => rows.reduce((total, row) => total + value(row), 0);

/** Did the period have anything to report at all? */
export const hasThemeBalance = (rows: readonly ThemeBalanceRow[]) => rows.some((r) => r.signals > 0 || r.posts > 0);

/**
 * The theme residents talked about most, and how much of our own posts went to it; without signals, the theme we
 * posted about most.
 */
export function themeBalanceSummary(rows: readonly ThemeBalanceRow[], period: Period, t: Translate, f: Formats) {
  if (!hasThemeBalance(rows)) return null;
  const most = (value: (row: ThemeBalanceRow) => number) =>
    [...rows].sort((a, b) => value(b) - value(a) || a.theme.name.localeCompare(b.theme.name))[0];
  const bySignals = most((r) => r.signals);
  if (bySignals.signals > 0)
    return t('reports.themes.summary', {
      inPeriod: inPeriod(period, t, f),
      theme: bySignals.theme.name,
      signalShare: f.formatPercent(bySignals.signalShare),
      postShare: f.formatPercent(bySignals.postShare),
    });
  const byPosts = most((r) => r.posts);
  return t('reports.themes.summaryPostsOnly', {
    inPeriod: inPeriod(period, t, f),
    theme: byPosts.theme.name,
    postShare: f.formatPercent(byPosts.postShare),
  });
}

export function webcareSummary(rows: readonly WebcareRow[], period: Period, t: Translate, f: Formats) {
  const signals = sum(rows, (r) => r.signals);
  if (signals === 0) return null;
  return t('reports.webcare.summary', {
    inPeriod: inPeriod(period, t, f),
    signals,
    answered: sum(rows, (r) => r.answered),
    withinNorm: sum(rows, (r) => r.withinNorm),
  });
}

export const hasPlanning = (report: PlanningReport) =>
  report.eventsPlanned > 0 || report.rubricSlots > 0 || report.requests > 0;

export function planningSummary(report: PlanningReport, period: Period, t: Translate, f: Formats) {
  if (!hasPlanning(report)) return null;
  return t('reports.planning.summary', {
    inPeriod: inPeriod(period, t, f),
    covered: report.eventsCovered,
    planned: report.eventsPlanned,
    filled: report.slotsFilled,
    slots: report.rubricSlots,
  });
}

/** What a row of the engagement report is about, in words. */
export function engagementGroupName(row: EngagementRow, t: Translate, f: Formats): string {
  if (row.weekday != null && row.hour != null) {
    // 2034-05-01 is a Monday: weekday 1 … 7 lands on Monday … Sunday.
    const date = `2034-05-0${row.weekday}`;
    const hour = String(row.hour).padStart(2, '0');
    return t('reports.engagement.weekdayHour', { weekday: f.formatWeekday(date), hour });
  }
  return (
    row.channel?.name ?? row.theme?.name ?? row.rubric?.name ?? row.audience?.name ?? t('reports.engagement.unknown')
  );
}

/** Most interactions first; equal ones by name, so the order never jumps between loads. */
export function engagementInOrder(rows: readonly EngagementRow[], t: Translate, f: Formats): EngagementRow[] {
  return [...rows].sort(
    (a, b) =>
      b.interactions - a.interactions ||
      b.posts - a.posts ||
      engagementGroupName(a, t, f).localeCompare(engagementGroupName(b, t, f)),
  );
}

export function engagementSummary(rows: readonly EngagementRow[], period: Period, t: Translate, f: Formats) {
  if (sum(rows, (r) => r.posts) === 0) return null;
  const top = engagementInOrder(rows, t, f)[0];
  if (top.interactions === 0)
    return t('reports.engagement.summaryNoFigures', {
      inPeriod: inPeriod(period, t, f),
      posts: sum(rows, (r) => r.posts),
    });
  return t('reports.engagement.summary', {
    inPeriod: inPeriod(period, t, f),
    group: engagementGroupName(top, t, f),
    interactions: top.interactions,
    posts: top.posts,
  });
}

export const hasAds = (report: AdsReport) =>
  report.budgetCents != null || report.spentCents > 0 || report.committedCents > 0 || report.plannedCents > 0;

export function adsSummary(report: AdsReport, t: Translate, f: Formats) {
  if (!hasAds(report)) return null;
  const amounts = {
    year: String(report.year),
    spent: formatEuros(report.spentCents, f),
    committed: formatEuros(report.committedCents, f),
  };
  if (report.budgetCents == null || report.budgetCents === 0) return t('reports.ads.summaryNoBudget', amounts);
  return t('reports.ads.summary', {
    ...amounts,
    budget: formatEuros(report.budgetCents, f),
    share: f.formatPercent(report.spentCents / report.budgetCents),
  });
}

export const hasParticipation = (report: ParticipationReport) =>
  report.residentsHeard > 0 || report.conversations > 0 || report.signalsAnswered > 0 || report.teamHours > 0;

/** Two decimals at most: "1,25". */
export const formatRatio = (value: number, f: Formats) => f.formatNumber(Math.round(value * 100) / 100);

export function participationSummary(report: ParticipationReport, period: Period, t: Translate, f: Formats) {
  if (!hasParticipation(report)) return null;
  const facts = {
    inPeriod: inPeriod(period, t, f),
    residents: report.residentsHeard,
    conversations: report.conversations,
  };
  if (report.returnOnParticipation == null) return t('reports.participation.summaryNoHours', facts);
  return t('reports.participation.summary', { ...facts, ratio: formatRatio(report.returnOnParticipation, f) });
}

export function growthSummary(model: GrowthModel, t: Translate) {
  return t('reports.growth.summary', {
    phase: t(`reports.growth.phase.${model.phase}`),
    met: model.indicators.filter((i) => i.met).length,
    total: model.indicators.length,
  });
}
