/**
 * Wall-clock time in the organisation's zone, without a time-zone library: Intl knows the offsets.
 * A wall time is written as a plain object or as milliseconds of a UTC date with the same fields ("wall ms").
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall time (as wall ms) at an instant in a zone. */
export function toWallMs(instant: Date | number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** Offset of the zone from UTC at an instant, in milliseconds. */
export function offsetMs(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return toWallMs(whole, timeZone) - whole;
}

/**
 * The instant of a wall time in a zone. A wall time that does not exist (spring forward) moves forward by the gap;
 * an ambiguous one (autumn back) takes the first occurrence, as RFC 5545 §3.3.5 prescribes.
 */
export function fromWallMs(wall: number, timeZone: string): Date {
  const before = offsetMs(wall - 36 * 3600_000, timeZone);
  const after = offsetMs(wall + 36 * 3600_000, timeZone);
  const candidates = [wall - before, wall - after].filter((instant) => toWallMs(instant, timeZone) === wall);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(wall - before);
}

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** `YYYY-MM-DD` of an instant in a zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  return new Date(toWallMs(instant, timeZone)).toISOString().slice(0, 10);
}

/** Midnight at the start of a local date (`YYYY-MM-DD`) in a zone. */
export function startOfLocalDate(date: string, timeZone: string): Date {
  return fromWallMs(Date.parse(`${date}T00:00:00Z`), timeZone);
}

/** The instant of a local date and `HH:mm` time in a zone. */
export function atLocalTime(date: string, time: string, timeZone: string): Date {
  return fromWallMs(Date.parse(`${date}T${time}:00Z`), timeZone);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
}

/** ISO weekday of a `YYYY-MM-DD`: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week a date lies in. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

export function isValidDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

export function isValidTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/**
 * Adds working days to a date: weekends and the given holidays are skipped.
 * The day itself does not count; the result is the n-th working day after it.
 */
export function addWorkingDays(date: string, days: number, isHoliday: (date: string) => boolean): string {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    if (isoWeekday(current) <= 5 && !isHoliday(current)) left--;
  }
  return current;
}
