import { addDays, isValidDate } from '@planbord/domain';
import type { CalendarDate, OrgTime } from '@planbord/web-ui';

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * A stretch of the organisation's calendar, from its first to its last day (both included). Only calendar dates:
 * where a day begins is the organisation's clock's business, so a change to or from summer time moves nothing here.
 */
export interface Period {
  kind: PeriodKind;
  first: CalendarDate;
  last: CalendarDate;
}

/** The longest own period: five years of days, so nobody asks the server for a century by accident. */
export const MAX_CUSTOM_DAYS = 5 * 366;
const YEARS = { min: 2000, max: 2100 };

const pad = (n: number) => String(n).padStart(2, '0');
const ym = (year: number, month: number) => `${year}-${pad(month)}`;
/** Year and month (1–12) of a month counted from year 0, so months can be added without a date library. */
const fromMonthIndex = (index: number) => ({ year: Math.floor(index / 12), month: (index % 12) + 1 });
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function monthsPeriod(kind: PeriodKind, year: number, month: number, months: number): Period {
  const end = fromMonthIndex(year * 12 + month - 1 + months - 1);
  return {
    kind,
    first: `${ym(year, month)}-01`,
    last: `${ym(end.year, end.month)}-${pad(lastDayOf(end.year, end.month))}`,
  };
}

export const monthPeriod = (year: number, month: number): Period => monthsPeriod('month', year, month, 1);
export const quarterPeriod = (year: number, quarter: number): Period =>
  monthsPeriod('quarter', year, (quarter - 1) * 3 + 1, 3);
export const yearPeriod = (year: number): Period => monthsPeriod('year', year, 1, 12);

/** Whole days in the period, its last day included. */
export function periodDays(period: Period): number {
  return Math.round((Date.parse(`${period.last}T00:00:00Z`) - Date.parse(`${period.first}T00:00:00Z`)) / 86400_000) + 1;
}

const inYears = (year: number) => year >= YEARS.min && year <= YEARS.max;

/** Why an own period cannot be shown, or null when it can. */
export function customPeriodProblem(first: string, last: string): 'invalid' | 'order' | 'tooLong' | null {
  if (!isValidDate(first) || !isValidDate(last)) return 'invalid';
  if (!inYears(Number(first.slice(0, 4))) || !inYears(Number(last.slice(0, 4)))) return 'invalid';
  if (last < first) return 'order';
  if (periodDays({ kind: 'custom', first, last }) > MAX_CUSTOM_DAYS) return 'tooLong';
  return null;
}

/** `YYYY-MM` as a month, or null. */
export function parseMonth(value: string | null | undefined): Period | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return inYears(year) && month >= 1 && month <= 12 ? monthPeriod(year, month) : null;
}

/**
 * A period from its address form: `2034-03` (a month), `2034-K1` (a quarter), `2034` (a year) or
 * `2034-03-01_2034-03-15` (own dates). Null when it is none of these.
 */
export function parsePeriod(value: string | null | undefined): Period | null {
  if (!value) return null;
  const month = parseMonth(value);
  if (month) return month;
  let match = /^(\d{4})-K([1-4])$/.exec(value);
  if (match) return inYears(Number(match[1])) ? quarterPeriod(Number(match[1]), Number(match[2])) : null;
  match = /^(\d{4})$/.exec(value);
  if (match) return inYears(Number(match[1])) ? yearPeriod(Number(match[1])) : null;
  match = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (match && customPeriodProblem(match[1], match[2]) === null)
    return { kind: 'custom', first: match[1], last: match[2] };
  return null;
}

/** The address form of a period; parsePeriod reads it back. */
export function periodParam(period: Period): string {
  const year = period.first.slice(0, 4);
  switch (period.kind) {
    case 'month':
      return period.first.slice(0, 7);
    case 'quarter':
      return `${year}-K${quarterOf(period.first)}`;
    case 'year':
      return year;
    case 'custom':
      return `${period.first}_${period.last}`;
  }
}

/** 1–4: the quarter a date falls in. */
export const quarterOf = (date: CalendarDate) => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;

/** The month a date falls in. */
export function monthContaining(date: CalendarDate): Period {
  return monthPeriod(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
}

/** The same kind of period given steps earlier (negative) or later: the month before, the quarter after, … */
export function shiftPeriod(period: Period, steps: number): Period {
  const year = Number(period.first.slice(0, 4));
  const month = Number(period.first.slice(5, 7));
  switch (period.kind) {
    case 'month': {
      const moved = fromMonthIndex(year * 12 + month - 1 + steps);
      return monthPeriod(moved.year, moved.month);
    }
    case 'quarter': {
      const moved = fromMonthIndex(year * 12 + month - 1 + steps * 3);
      return quarterPeriod(moved.year, quarterOf(`${ym(moved.year, moved.month)}-01`));
    }
    case 'year':
      return yearPeriod(year + steps);
    case 'custom': {
      const days = periodDays(period) * steps;
      return { kind: 'custom', first: addDays(period.first, days), last: addDays(period.last, days) };
    }
  }
}

/** What the period is compared with: the one of the same length just before it. */
export const previousPeriod = (period: Period): Period => shiftPeriod(period, -1);

/** `YYYY-MM` when the period is exactly one month (it then has a print view), else null. */
export const monthKey = (period: Period): string | null => (period.kind === 'month' ? period.first.slice(0, 7) : null);

/** The instants the API takes: from the start of the first day to the start of the day after the last, [from, to). */
export function periodRange(period: Period, time: OrgTime): { from: string; to: string } {
  return {
    from: time.startOfDate(period.first).toISOString(),
    to: time.startOfDate(addDays(period.last, 1)).toISOString(),
  };
}
