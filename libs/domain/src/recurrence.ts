import { RRule, rrulestr } from 'rrule';
import { addDays, atLocalTime, isValidDate, isValidTime } from './time';
import type { Issue } from './validation';

export interface RecurrenceRule {
  /** The RRULE value only, such as `FREQ=MONTHLY;BYDAY=1FR`. */
  rrule: string;
  /** First date (`YYYY-MM-DD`) of the series, in the organisation's zone. */
  startsOn: string;
  /** Last date, inclusive, or open-ended. */
  endsOn?: string | null;
  /** Local time `HH:mm`. */
  time: string;
}

const ALLOWED_PARTS = new Set([
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYSETPOS',
  'BYWEEKNO',
  'BYYEARDAY',
  'WKST',
]);

function parse(rule: string): RRule {
  const value = rule.trim().replace(/^RRULE:/i, '');
  const parts = value.split(';').filter(Boolean);
  if (parts.length === 0) throw new Error('empty');
  for (const part of parts) {
    const [key, val] = part.split('=');
    if (!ALLOWED_PARTS.has(key?.toUpperCase()) || !val) throw new Error(`unsupported part ${part}`);
    if (key.toUpperCase() === 'FREQ' && !['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(val.toUpperCase()))
      throw new Error('unsupported frequency');
  }
  if (!parts.some((p) => p.toUpperCase().startsWith('FREQ='))) throw new Error('FREQ missing');
  const parsed = rrulestr(`RRULE:${value}`, { dtstart: new Date(Date.UTC(2000, 0, 1)) });
  if (!(parsed instanceof RRule)) throw new Error('not a single rule');
  return parsed;
}

/** Null when the rule is a valid RRULE value Planbord can expand; otherwise why not. */
export function checkRrule(rule: string | null | undefined): Issue | null {
  if (!rule || !rule.trim()) return { code: 'required' };
  if (rule.length > 500) return { code: 'tooLong', max: 500 };
  try {
    parse(rule);
    return null;
  } catch {
    return { code: 'invalidRule' };
  }
}

/**
 * The occurrences of a rule between two local dates (inclusive), as instants. The rule is expanded on wall time in
 * the organisation's zone from `startsOn`, so the result does not depend on the server's `TZ`; each wall time is then
 * placed in the zone (DST gap: forward; overlap: first occurrence).
 */
export function expandRecurrence(
  rule: RecurrenceRule,
  fromDate: string,
  toDate: string,
  timeZone: string,
  limit = 5000,
): Date[] {
  if (!isValidDate(rule.startsOn) || !isValidTime(rule.time)) return [];
  const base = parse(rule.rrule);
  const [h, m] = rule.time.split(':').map(Number);
  const dtstart = new Date(Date.parse(`${rule.startsOn}T00:00:00Z`) + (h * 60 + m) * 60_000);
  const series = new RRule({ ...base.origOptions, dtstart, tzid: undefined });
  const first = fromDate > rule.startsOn ? fromDate : rule.startsOn;
  const last = rule.endsOn && rule.endsOn < toDate ? rule.endsOn : toDate;
  if (first > last) return [];
  const after = new Date(Date.parse(`${first}T00:00:00Z`));
  const before = new Date(Date.parse(`${addDays(last, 1)}T00:00:00Z`) - 1);
  const walls = series.between(after, before, true, (_date, i) => i < limit);
  return walls.map((wall) => atLocalTime(wall.toISOString().slice(0, 10), wall.toISOString().slice(11, 16), timeZone));
}

/** A rule in one spelling: without `RRULE:`, upper case, its parts in a fixed order. `BYDAY=TU;FREQ=WEEKLY` is `FREQ=WEEKLY;BYDAY=TU`. */
export function normaliseRrule(rule: string): string {
  const parts = rule
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase()
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.sort().join(';');
}

/** Rubrics that would be the same: the same name (whatever its case or spaces) and the same rule. */
export function isSameRubric(a: { name: string; rrule: string }, b: { name: string; rrule: string }): boolean {
  const name = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return name(a.name) === name(b.name) && normaliseRrule(a.rrule) === normaliseRrule(b.rrule);
}
