import { addDays, atLocalTime, isoWeekday, localDateOf, mondayOf, startOfLocalDate, toWallMs } from '@planbord/domain';

/** The organisation's time zone: the calendar shows days and times as they are there, wherever the browser is. */
export const ORG_TIME_ZONE = 'Europe/Amsterdam';

export type CalendarDate = string;

export function todayInOrg(now: Date = new Date()): CalendarDate {
  return localDateOf(now, ORG_TIME_ZONE);
}

export function dateOf(instant: string | Date): CalendarDate {
  return localDateOf(typeof instant === 'string' ? new Date(instant) : instant, ORG_TIME_ZONE);
}

/** `HH:mm` of an instant on the organisation's clock. */
export function timeOf(instant: string | Date): string {
  return new Date(toWallMs(typeof instant === 'string' ? new Date(instant) : instant, ORG_TIME_ZONE)).toISOString().slice(11, 16);
}

export function instantAt(date: CalendarDate, time: string): Date {
  return atLocalTime(date, time, ORG_TIME_ZONE);
}

export function startOfDate(date: CalendarDate): Date {
  return startOfLocalDate(date, ORG_TIME_ZONE);
}

/** Moves an instant by whole days on the organisation's clock: the time of day stays, also across a DST change. */
export function shiftByDays(instant: string, days: number): string {
  return instantAt(addDays(dateOf(instant), days), timeOf(instant)).toISOString();
}

/** Whole days from one date to another (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400_000);
}

export { addDays, isoWeekday, mondayOf };
