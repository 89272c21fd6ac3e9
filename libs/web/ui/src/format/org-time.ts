import { addDays, atLocalTime, fromWallMs, localDateOf, startOfLocalDate, toWallMs } from '@planbord/domain';

/** A day on the organisation's calendar, `YYYY-MM-DD`. */
export type CalendarDate = string;
/** An instant as the API sends it (ISO 8601) or as a `Date`. */
export type Instant = string | Date;

export const toDate = (value: Instant): Date => (typeof value === 'string' ? new Date(value) : value);

/**
 * The organisation's clock. Planning happens on its wall time, in the zone the server reports (its `ORG_TIME_ZONE`),
 * whatever the browser's zone is.
 */
export interface OrgTime {
  readonly zone: string;
  /** Today's date on the organisation's calendar. */
  today(now?: Date): CalendarDate;
  dateOf(instant: Instant): CalendarDate;
  /** `HH:mm` of an instant on the organisation's clock. */
  timeOf(instant: Instant): string;
  instantAt(date: CalendarDate, time: string): Date;
  startOfDate(date: CalendarDate): Date;
  /** Moves an instant by whole days: the time of day stays, also across a change to or from summer time. */
  shiftByDays(instant: string, days: number): string;
  /** An instant as the value of a `datetime-local` field, `2026-06-14T10:00`; empty when there is none. */
  toLocalInput(instant: string | null | undefined): string;
  /** A `datetime-local` value as an ISO instant; null when empty or invalid. */
  fromLocalInput(value: string): string | null;
}

export function orgTime(zone: string): OrgTime {
  const dateOf = (instant: Instant) => localDateOf(toDate(instant), zone);
  const timeOf = (instant: Instant) => new Date(toWallMs(toDate(instant), zone)).toISOString().slice(11, 16);
  const instantAt = (date: CalendarDate, time: string) => atLocalTime(date, time, zone);
  return {
    zone,
    today: (now = new Date()) => localDateOf(now, zone),
    dateOf,
    timeOf,
    instantAt,
    startOfDate: (date) => startOfLocalDate(date, zone),
    shiftByDays: (instant, days) => instantAt(addDays(dateOf(instant), days), timeOf(instant)).toISOString(),
    toLocalInput(instant) {
      if (!instant) return '';
      const date = new Date(instant);
      if (Number.isNaN(date.getTime())) return '';
      return new Date(toWallMs(date, zone)).toISOString().slice(0, 16);
    },
    fromLocalInput(value) {
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
      const wall = Date.parse(`${value}:00Z`);
      if (Number.isNaN(wall)) return null;
      return fromWallMs(wall, zone).toISOString();
    },
  };
}

/** Whole days from one date to another (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400_000);
}
