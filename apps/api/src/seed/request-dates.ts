import { addWorkingDays, fromWallMs, localDateOf, PLANNING_DEFAULTS, toWallMs } from '@planbord/domain';
import { isPublicHoliday } from '@planbord/api-planning';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export interface DemoRequestDates {
  requestedAt: Date;
  responseDueAt: Date;
  decidedAt: Date | null;
  late: boolean;
}

/**
 * When a demo request was made, answered and due, consistent with the moment the demo is seeded: a request was made
 * ahead of its event (`leadDays`), but never after `now`; it is due the way the API dues it (working days later,
 * weekends and public holidays skipped, at the same time of day); a decision came a day later, but never after `now`.
 * `late` follows from the dates, as the API derives it. `spreadHours` keeps the requests apart when `now` clamps them.
 */
export function demoRequestDates(
  startsAt: Date,
  now: Date,
  options: { leadDays: number; decided: boolean; timeZone: string; country?: string; spreadHours?: number },
): DemoRequestDates {
  const latest = now.getTime() - (1 + (options.spreadHours ?? 0)) * HOUR;
  const requestedAt = new Date(Math.min(startsAt.getTime() - options.leadDays * DAY, latest));
  const country = options.country ?? 'NL';
  const dueDate = addWorkingDays(
    localDateOf(requestedAt, options.timeZone),
    PLANNING_DEFAULTS.responseWorkingDays,
    (d) => isPublicHoliday(country, d),
  );
  const timeOfDay = toWallMs(requestedAt, options.timeZone) % DAY;
  const responseDueAt = fromWallMs(Date.parse(`${dueDate}T00:00:00Z`) + timeOfDay, options.timeZone);
  const decidedAt = options.decided ? new Date(Math.min(requestedAt.getTime() + DAY, now.getTime() - HOUR / 2)) : null;
  const late = startsAt.getTime() - requestedAt.getTime() < PLANNING_DEFAULTS.minimumLeadDays * DAY;
  return {
    requestedAt,
    responseDueAt,
    decidedAt: decidedAt && decidedAt < requestedAt ? requestedAt : decidedAt,
    late,
  };
}
