import type { Locale } from './roles';
import type { FieldIssues } from './validation';

/** The phases of the growth model of online communication, in order. */
export const GROWTH_PHASE_ORDER = ['DISCOVERS', 'EXPERIMENTS', 'CONVERSES', 'NETWORKS'] as const;
export type GrowthPhaseName = (typeof GROWTH_PHASE_ORDER)[number];

/** How many days back from now the growth model looks. */
export const GROWTH_WINDOW_DAYS = 90;

export interface GrowthIndicatorDefinition {
  key: string;
  phase: GrowthPhaseName;
  /** The threshold while the organisation has set none; met when the value is at least this. */
  threshold: number;
  /** A share (0–1) or a count. */
  kind: 'share' | 'count';
  label: Record<Locale, string>;
}

/** The indicators of each phase, over the last GROWTH_WINDOW_DAYS days, in the order they are shown. */
export const GROWTH_INDICATORS: readonly GrowthIndicatorDefinition[] = [
  {
    key: 'postsPerMonth',
    phase: 'DISCOVERS',
    threshold: 8,
    kind: 'count',
    label: { nl: 'Gepubliceerde berichten per maand', en: 'Published posts per month' },
  },
  {
    key: 'activeChannels',
    phase: 'DISCOVERS',
    threshold: 2,
    kind: 'count',
    label: { nl: 'Kanalen met publicaties', en: 'Channels published on' },
  },
  {
    key: 'postsWithFiguresShare',
    phase: 'EXPERIMENTS',
    threshold: 0.5,
    kind: 'share',
    label: { nl: 'Aandeel berichten met cijfers', en: 'Share of posts with figures' },
  },
  {
    key: 'themesPublished',
    phase: 'EXPERIMENTS',
    threshold: 3,
    kind: 'count',
    label: { nl: 'Thema’s waarover is gepubliceerd', en: 'Themes published about' },
  },
  {
    key: 'answeredShare',
    phase: 'CONVERSES',
    threshold: 0.8,
    kind: 'share',
    label: { nl: 'Aandeel signalen beantwoord', en: 'Share of signals answered' },
  },
  {
    key: 'withinNormShare',
    phase: 'CONVERSES',
    threshold: 0.7,
    kind: 'share',
    label: { nl: 'Aandeel binnen de norm beantwoord', en: 'Share answered within the norm' },
  },
  {
    key: 'conversationsPerPost',
    phase: 'CONVERSES',
    threshold: 2,
    kind: 'count',
    label: { nl: 'Reacties en deelacties per bericht', en: 'Comments and shares per post' },
  },
  {
    key: 'actedOnShare',
    phase: 'NETWORKS',
    threshold: 0.2,
    kind: 'share',
    label: { nl: 'Aandeel signalen opgepakt', en: 'Share of signals acted on' },
  },
  {
    key: 'postsFromSignals',
    phase: 'NETWORKS',
    threshold: 2,
    kind: 'count',
    label: { nl: 'Berichten naar aanleiding van signalen', en: 'Posts made from signals' },
  },
  {
    key: 'requestingDepartments',
    phase: 'NETWORKS',
    threshold: 3,
    kind: 'count',
    label: { nl: 'Afdelingen die activiteiten aanmelden', en: 'Departments that submit event requests' },
  },
];

/** The largest threshold a count can have; a share's is 1. */
export const GROWTH_COUNT_MAX = 100_000;

export function growthIndicator(key: string): GrowthIndicatorDefinition | undefined {
  return GROWTH_INDICATORS.find((indicator) => indicator.key === key);
}

/** The thresholds in force: the organisation's where set, else the defaults. */
export function growthThresholds(stored: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(
    GROWTH_INDICATORS.map(({ key, threshold }) => [key, typeof stored[key] === 'number' ? stored[key] : threshold]),
  );
}

/**
 * Checks thresholds as `updateInsightsSettings` takes them: a known key, each once, a value from 0 (a share up to 1).
 * Fields are named `thresholds.<index>.key` and `thresholds.<index>.value`.
 */
export function checkGrowthThresholds(thresholds: readonly { key: string; value: number }[]): FieldIssues {
  const issues: FieldIssues = {};
  const seen = new Set<string>();
  thresholds.forEach(({ key, value }, index) => {
    const indicator = growthIndicator(key);
    if (!indicator) issues[`thresholds.${index}.key`] = { code: 'invalidChoice' };
    else if (seen.has(key)) issues[`thresholds.${index}.key`] = { code: 'taken' };
    seen.add(key);
    const max = indicator?.kind === 'share' ? 1 : GROWTH_COUNT_MAX;
    if (!Number.isFinite(value) || value < 0 || value > max)
      issues[`thresholds.${index}.value`] = { code: 'outOfRange', min: 0, max };
  });
  return issues;
}

/**
 * The phase a team stands in: the highest phase whose indicators, and all earlier phases' indicators, are met;
 * DISCOVERS at least.
 */
export function growthPhase(indicators: readonly { phase: GrowthPhaseName; met: boolean }[]): GrowthPhaseName {
  let reached: GrowthPhaseName = 'DISCOVERS';
  for (const phase of GROWTH_PHASE_ORDER) {
    const own = indicators.filter((indicator) => indicator.phase === phase);
    if (own.length === 0 || !own.every((indicator) => indicator.met)) break;
    reached = phase;
  }
  return reached;
}

/** The Return on Participation: what residents got from the team per team hour; none without hours. */
export function returnOnParticipation(
  figures: { residentsHeard: number; conversations: number; signalsActedOn: number },
  teamHours: number,
): number | null {
  if (!(teamHours > 0)) return null;
  return (figures.residentsHeard + figures.conversations + figures.signalsActedOn) / teamHours;
}

/** How returnOnParticipation is computed, in the reader's language. */
export const PARTICIPATION_FORMULA: Record<Locale, string> = {
  nl: '(inwoners gehoord + gesprekken + signalen opgepakt) ÷ teamuren',
  en: '(residents heard + conversations + signals acted on) ÷ team hours',
};

/** Largest number of hours one month's record takes (a team of 50 working every hour of a long month). */
export const TEAM_HOURS_MAX = 50 * 744;

/** Checks a month's team hours: a number from 0 up to TEAM_HOURS_MAX. */
export function checkTeamHours(hours: number): FieldIssues {
  return Number.isFinite(hours) && hours >= 0 && hours <= TEAM_HOURS_MAX
    ? {}
    : { hours: { code: 'outOfRange', min: 0, max: TEAM_HOURS_MAX } };
}

/**
 * The reply-time buckets of the webcare report, by calendar minutes of the first reply. Each bucket holds its lower
 * bound and not its upper: 60 minutes is "1-4h", 240 is "4-8h"; "24h+" holds 1440 and more.
 */
export const REPLY_BUCKETS: readonly { label: string; fromMinutes: number; toMinutes: number | null }[] = [
  { label: '0-1h', fromMinutes: 0, toMinutes: 60 },
  { label: '1-4h', fromMinutes: 60, toMinutes: 240 },
  { label: '4-8h', fromMinutes: 240, toMinutes: 480 },
  { label: '8-24h', fromMinutes: 480, toMinutes: 1440 },
  { label: '24h+', fromMinutes: 1440, toMinutes: null },
];
