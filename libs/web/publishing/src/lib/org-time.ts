import { fromWallMs, localDateOf, toWallMs } from '@planbord/domain';

/** Planning happens on the organisation's clock, whatever the browser's zone. */
export const PUBLISHING_TIME_ZONE = 'Europe/Amsterdam';

/** An instant as the value of a `datetime-local` field on the organisation's clock: `2026-06-14T10:00`. */
export function toLocalInput(instant: string | null | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  return new Date(toWallMs(date, PUBLISHING_TIME_ZONE)).toISOString().slice(0, 16);
}

/** A `datetime-local` value read on the organisation's clock, as an ISO instant; null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const wall = Date.parse(`${value}:00Z`);
  if (Number.isNaN(wall)) return null;
  return fromWallMs(wall, PUBLISHING_TIME_ZONE).toISOString();
}

/** `YYYY-MM-DD` of an instant on the organisation's clock. */
export function localDayOf(instant: string | Date): string {
  return localDateOf(typeof instant === 'string' ? new Date(instant) : instant, PUBLISHING_TIME_ZONE);
}
