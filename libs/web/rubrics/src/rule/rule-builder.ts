/**
 * The rule builder of the rubric editor, as pure functions: an RRULE value (`FREQ=MONTHLY;BYDAY=1FR`) becomes builder
 * state and back. Only the patterns the builder offers are recognised; anything else stays a raw rule for experts.
 */

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** 1st to 4th, or -1 for the last one of the month. */
export const ORDINALS = [1, 2, 3, 4, -1] as const;
export type Ordinal = (typeof ORDINALS)[number];

export type RuleBuilderState =
  /** On chosen days, every week (interval 1) or every N weeks. */
  | { kind: 'weekly'; interval: number; days: Weekday[] }
  /** The n-th (or last) given weekday of every month. */
  | { kind: 'monthlyWeekday'; ordinal: Ordinal; day: Weekday }
  /** A fixed day of every month (months without that day are skipped, as RFC 5545 prescribes). */
  | { kind: 'monthlyDay'; monthDay: number }
  /** The last working day (Monday to Friday) of every month. */
  | { kind: 'lastWorkday' };

export type RuleKind = RuleBuilderState['kind'];

export const MAX_WEEK_INTERVAL = 52;
const WORKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

export function isWeekday(value: string): value is Weekday {
  return (WEEKDAYS as readonly string[]).includes(value);
}

function sortDays(days: readonly Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

/** The parts of a rule value as a map, or null when a part is malformed or repeated. */
function parts(rrule: string): Map<string, string> | null {
  const value = rrule
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
  const map = new Map<string, string>();
  for (const part of value.split(';').filter((p) => p.trim() !== '')) {
    const [key, val, ...rest] = part.split('=').map((s) => s.trim());
    if (!key || !val || rest.length > 0 || map.has(key)) return null;
    map.set(key, val);
  }
  return map.size > 0 ? map : null;
}

function positiveInt(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  return /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : null;
}

function onlyKeys(map: Map<string, string>, allowed: string[]): boolean {
  return [...map.keys()].every((key) => allowed.includes(key));
}

/**
 * Builder state for a rule, or null when the builder cannot express it exactly (the rule is then kept as raw text).
 * Accepts `INTERVAL=1`, any order of parts and `BYDAY=FR;BYSETPOS=1` as the same rule as `BYDAY=1FR`.
 */
export function parseRule(rrule: string): RuleBuilderState | null {
  const map = parts(rrule);
  if (!map) return null;
  const freq = map.get('FREQ');
  const interval = positiveInt(map.get('INTERVAL'), 1);
  if (interval === null) return null;

  if (freq === 'WEEKLY') {
    if (!onlyKeys(map, ['FREQ', 'INTERVAL', 'BYDAY'])) return null;
    const days = (map.get('BYDAY') ?? '').split(',');
    if (interval > MAX_WEEK_INTERVAL || !days.every(isWeekday)) return null;
    return { kind: 'weekly', interval, days: sortDays(days) };
  }

  if (freq !== 'MONTHLY' || interval !== 1) return null;
  if (map.has('BYMONTHDAY')) {
    if (!onlyKeys(map, ['FREQ', 'INTERVAL', 'BYMONTHDAY'])) return null;
    const monthDay = positiveInt(map.get('BYMONTHDAY'), 0);
    return monthDay !== null && monthDay <= 31 ? { kind: 'monthlyDay', monthDay } : null;
  }
  if (!onlyKeys(map, ['FREQ', 'INTERVAL', 'BYDAY', 'BYSETPOS'])) return null;
  const byDay = map.get('BYDAY');
  if (!byDay) return null;
  const setPos = map.get('BYSETPOS');

  if (setPos === undefined) {
    const match = /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay);
    return match ? { kind: 'monthlyWeekday', ordinal: Number(match[1]) as Ordinal, day: match[2] as Weekday } : null;
  }
  const days = byDay.split(',');
  if (!days.every(isWeekday)) return null;
  if (setPos === '-1' && days.length === WORKDAYS.length && WORKDAYS.every((d) => days.includes(d)))
    return { kind: 'lastWorkday' };
  if (days.length === 1 && /^(-1|[1-4])$/.test(setPos))
    return { kind: 'monthlyWeekday', ordinal: Number(setPos) as Ordinal, day: days[0] as Weekday };
  return null;
}

/** The RRULE value of builder state, in one canonical spelling. */
export function toRrule(state: RuleBuilderState): string {
  switch (state.kind) {
    case 'weekly': {
      const interval = state.interval > 1 ? `;INTERVAL=${state.interval}` : '';
      return `FREQ=WEEKLY${interval};BYDAY=${sortDays(state.days).join(',')}`;
    }
    case 'monthlyWeekday':
      return `FREQ=MONTHLY;BYDAY=${state.ordinal}${state.day}`;
    case 'monthlyDay':
      return `FREQ=MONTHLY;BYMONTHDAY=${state.monthDay}`;
    case 'lastWorkday':
      return 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1';
  }
}

export type BuilderIssue = 'noDays' | 'interval' | 'monthDay';

/** What is wrong with builder state before it can become a rule (the server checks the rule itself again). */
export function builderIssues(
  state: RuleBuilderState,
): Partial<Record<'days' | 'interval' | 'monthDay', BuilderIssue>> {
  const issues: Partial<Record<'days' | 'interval' | 'monthDay', BuilderIssue>> = {};
  if (state.kind === 'weekly') {
    if (state.days.length === 0) issues.days = 'noDays';
    if (!Number.isInteger(state.interval) || state.interval < 1 || state.interval > MAX_WEEK_INTERVAL)
      issues.interval = 'interval';
  }
  if (state.kind === 'monthlyDay' && (!Number.isInteger(state.monthDay) || state.monthDay < 1 || state.monthDay > 31))
    issues.monthDay = 'monthDay';
  return issues;
}

/** ISO weekday (1 = Monday) to RRULE day, for a sensible default from the start date. */
export function weekdayOfDate(date: string): Weekday {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[(day + 6) % 7];
}

/**
 * Fresh builder state of a kind, carrying over what fits from the current state (the chosen weekday) or, failing
 * that, from the start date: switching from "weekly on Friday" to "monthly, n-th weekday" proposes the first Friday.
 */
export function switchKind(kind: RuleKind, current: RuleBuilderState | null, startsOn: string): RuleBuilderState {
  const validStart = /^\d{4}-\d{2}-\d{2}$/.test(startsOn) && !Number.isNaN(Date.parse(`${startsOn}T00:00:00Z`));
  const fallbackDay: Weekday = validStart ? weekdayOfDate(startsOn) : 'MO';
  const day: Weekday =
    current?.kind === 'weekly' && current.days.length > 0
      ? current.days[0]
      : current?.kind === 'monthlyWeekday'
        ? current.day
        : fallbackDay;
  switch (kind) {
    case 'weekly':
      return current?.kind === 'weekly' ? current : { kind: 'weekly', interval: 1, days: [day] };
    case 'monthlyWeekday':
      return current?.kind === 'monthlyWeekday' ? current : { kind: 'monthlyWeekday', ordinal: 1, day };
    case 'monthlyDay':
      return current?.kind === 'monthlyDay'
        ? current
        : { kind: 'monthlyDay', monthDay: validStart ? Number(startsOn.slice(8, 10)) : 1 };
    case 'lastWorkday':
      return { kind: 'lastWorkday' };
  }
}
