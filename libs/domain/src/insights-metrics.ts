import type { FieldIssues } from './validation';

/** The figures a post can have (DESIGN §8), in the order the forms and reports show them. */
export const METRIC_FIELDS = [
  'reach',
  'impressions',
  'reactions',
  'comments',
  'shares',
  'clicks',
  'saves',
  'videoViews',
] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];
export type MetricCounts = Partial<Record<MetricField, number | null>>;

/** A PostgreSQL integer: no platform counts more than this for one post. */
export const MAX_COUNT = 2_147_483_647;
/** A channel's followers; a month is written as its first day. */
export const MAX_FOLLOWERS = MAX_COUNT;

function countIssue(value: unknown): FieldIssues[string] | null {
  if (value == null) return null;
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_COUNT
    ? null
    : { code: 'outOfRange', min: 0, max: MAX_COUNT };
}

/** Every given figure a whole number from 0; the moment they were counted, when given, not after `now`. */
export function checkPostMetrics(input: MetricCounts & { capturedAt?: Date | null }, now: Date): FieldIssues {
  const issues: FieldIssues = {};
  for (const field of METRIC_FIELDS) {
    const issue = countIssue(input[field]);
    if (issue) issues[field] = issue;
  }
  if (input.capturedAt && input.capturedAt.getTime() > now.getTime()) issues.capturedAt = { code: 'inFuture' };
  return issues;
}

/** A month as `YYYY-MM-DD`, the first day; `YYYY-MM` is taken as that day. Null when it is neither. */
export function firstOfMonth(text: string): string | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12 || (match[3] !== undefined && match[3] !== '01')) return null;
  return `${match[1]}-${match[2]}-01`;
}

/** A month (its first day) and a whole number of followers from 0. */
export function checkChannelFollowers(input: { month: string; followers: unknown }): FieldIssues {
  const issues: FieldIssues = {};
  if (!firstOfMonth(input.month)) issues.month = { code: 'invalidDate' };
  const followers = countIssue(input.followers ?? -1);
  if (followers) issues.followers = followers;
  return issues;
}
