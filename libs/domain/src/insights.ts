import type { FieldIssues } from './validation';

export const INSIGHTS_DEFAULTS = {
  /** The longest period a report answers for: a year, with room for a year that starts mid-week or a leap day. */
  maxReportDays: 400,
  /** Ads warnings: from this share of the year's budget NEAR_LIMIT, from 1 OVER_LIMIT. */
  adsNearLimitShare: 0.8,
  /** The years a budget can be set for (the ads_budgets table allows the same). */
  adsYears: { from: 2000, to: 2100 },
} as const;

/** A report's period `[from, to)`: `to` after `from`, at most `maxReportDays` long. */
export function reportRange(from: Date, to: Date): FieldIssues {
  if (Number.isNaN(from.getTime())) return { from: { code: 'invalidDate' } };
  if (Number.isNaN(to.getTime())) return { to: { code: 'invalidDate' } };
  if (to <= from) return { to: { code: 'endBeforeStart' } };
  const maxDays = INSIGHTS_DEFAULTS.maxReportDays;
  return to.getTime() - from.getTime() > maxDays * 86400_000 ? { to: { code: 'rangeTooLong', maxDays } } : {};
}

/** A year of the ads report or budget. */
export function reportYear(year: number): FieldIssues {
  const { from, to } = INSIGHTS_DEFAULTS.adsYears;
  return Number.isInteger(year) && year >= from && year <= to
    ? {}
    : { year: { code: 'outOfRange', min: from, max: to } };
}

export type AdsWarningLevel = 'NONE' | 'NEAR_LIMIT' | 'OVER_LIMIT';

/**
 * What a team must be warned about is the most the year's ads can cost: the budgets of its campaigns (planned and
 * committed), or what they spent when that is more. NEAR_LIMIT from 80 % of the year's budget, OVER_LIMIT from 100 %;
 * no warning without a budget or without any ads.
 */
export function adsWarning(
  budgetCents: number | null,
  figures: { plannedCents: number; committedCents: number; spentCents: number },
): AdsWarningLevel {
  const exposure = Math.max(figures.plannedCents + figures.committedCents, figures.spentCents);
  if (budgetCents === null || exposure === 0) return 'NONE';
  if (exposure >= budgetCents) return 'OVER_LIMIT';
  return exposure >= INSIGHTS_DEFAULTS.adsNearLimitShare * budgetCents ? 'NEAR_LIMIT' : 'NONE';
}
