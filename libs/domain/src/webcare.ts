import { addDays, atLocalTime, isoWeekday, isValidTime, localDateOf } from './time';
import { check, rules, type FieldIssues, type Issue } from './validation';

/**
 * Webcare time: when a first reply is due, how long an answer took, and the colour of the clock.
 *
 * Office minutes are the minutes the team is in: the opening hours of the weekday, in the organisation's zone, on
 * days that are not public holidays of the planning country. A working day is such a day; as a length it is the
 * usual opening time of a day (see `workingDayMinutes`), so "two working days" from Monday 10:00 ends on Wednesday
 * 10:00 with ordinary office hours.
 */

/** When the team is in on one ISO weekday (1 = Monday … 7 = Sunday); no `opens`/`closes` means closed. */
export interface OfficeDay {
  weekday: number;
  opens: string | null;
  closes: string | null;
}

/** The first-reply target: minutes counted on the calendar, or only in office hours. */
export interface ResponseNormRule {
  minutes: number;
  businessHoursOnly: boolean;
}

/** What office time is counted against: the week's hours, the planning country's holidays, the organisation zone. */
export interface OfficeCalendar {
  officeHours: readonly OfficeDay[];
  isHoliday: (date: string) => boolean;
  timeZone: string;
}

export const SLA_STATES = ['GREEN', 'ORANGE', 'RED'] as const;
export type SlaState = (typeof SLA_STATES)[number];

/** Office hours until an administrator sets them: weekdays 08:30–17:00. */
export const DEFAULT_OFFICE_HOURS: readonly OfficeDay[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) =>
  weekday <= 5 ? { weekday, opens: '08:30', closes: '17:00' } : { weekday, opens: null, closes: null },
);

/** The clock turns orange when this share of the norm is left. */
export const SLA_WARNING_SHARE = 0.2;

/** Signal sources whose residents expect an answer on the platform within hours. */
export const SOCIAL_SIGNAL_SOURCES = [
  'FACEBOOK',
  'INSTAGRAM',
  'X',
  'LINKEDIN',
  'YOUTUBE',
  'TIKTOK',
  'WHATSAPP',
  'MASTODON',
  'BLUESKY',
  'THREADS',
  'NEWS_SITE',
] as const;
/** Notes the KCC takes down from a conversation: answered within one working day. */
export const SPOKEN_SIGNAL_SOURCES = ['PHONE', 'COUNTER'] as const;

/**
 * The default norms: social sources 4 office hours; phone and counter notes 1 working day; e-mail, web forms and
 * everything else 2 working days. Working days follow the office hours, so the default moves with them.
 */
export const DEFAULT_NORMS = {
  socialOfficeMinutes: 240,
  spokenWorkingDays: 1,
  writtenWorkingDays: 2,
  crisis: { minutes: 30, businessHoursOnly: false } satisfies ResponseNormRule,
} as const;

/** The longest norm that can be set: 30 days of minutes. */
export const MAX_NORM_MINUTES = 30 * 24 * 60;

function wallMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function openDays(officeHours: readonly OfficeDay[]): OfficeDay[] {
  return officeHours.filter(
    (d) => d.opens && d.closes && isValidTime(d.opens) && isValidTime(d.closes) && d.opens < d.closes,
  );
}

/**
 * The length of a working day in office minutes: the opening time most weekdays have (the longer one on a tie).
 * 0 when the office is never open.
 */
export function workingDayMinutes(officeHours: readonly OfficeDay[]): number {
  const counts = new Map<number, number>();
  for (const day of openDays(officeHours)) {
    const length = wallMinutes(day.closes as string) - wallMinutes(day.opens as string);
    counts.set(length, (counts.get(length) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [length, count] of counts) {
    if (count > bestCount || (count === bestCount && length > best)) {
      best = length;
      bestCount = count;
    }
  }
  return best;
}

/** The norm a source has while none is set. */
export function defaultResponseNorm(source: string, officeHours: readonly OfficeDay[]): ResponseNormRule {
  if ((SOCIAL_SIGNAL_SOURCES as readonly string[]).includes(source)) {
    return { minutes: DEFAULT_NORMS.socialOfficeMinutes, businessHoursOnly: true };
  }
  const days = (SPOKEN_SIGNAL_SOURCES as readonly string[]).includes(source)
    ? DEFAULT_NORMS.spokenWorkingDays
    : DEFAULT_NORMS.writtenWorkingDays;
  const day = workingDayMinutes(officeHours);
  // Without office hours a working day is a calendar day.
  return day > 0
    ? { minutes: days * day, businessHoursOnly: true }
    : { minutes: days * 1440, businessHoursOnly: false };
}

type OfficeWindow = { opens: Date; closes: Date } | null;

/**
 * Each calendar's windows by local date, worked out once: the zone arithmetic costs far more than the lookup, and a
 * batch of signals (or a queue of clocks) asks for the same few days over and over. A calendar is not changed after
 * it is made.
 */
const windows = new WeakMap<OfficeCalendar, Map<string, OfficeWindow>>();

/** The office's opening and closing instants on a local date, or null when it is closed or a public holiday. */
export function officeWindow(date: string, calendar: OfficeCalendar): OfficeWindow {
  let known = windows.get(calendar);
  if (!known) windows.set(calendar, (known = new Map()));
  if (known.has(date)) return known.get(date) ?? null;
  const window = computeOfficeWindow(date, calendar);
  known.set(date, window);
  return window;
}

function computeOfficeWindow(date: string, calendar: OfficeCalendar): OfficeWindow {
  const weekday = isoWeekday(date);
  const day = openDays(calendar.officeHours).find((d) => d.weekday === weekday);
  if (!day || calendar.isHoliday(date)) return null;
  const opens = atLocalTime(date, day.opens as string, calendar.timeZone);
  const closes = atLocalTime(date, day.closes as string, calendar.timeZone);
  return closes > opens ? { opens, closes } : null;
}

/** A working day: the office opens on that weekday and it is not a public holiday. */
export function isWorkingDay(date: string, calendar: OfficeCalendar): boolean {
  return officeWindow(date, calendar) !== null;
}

/** Is the team in at this instant (within the day's opening hours, on a working day)? */
export function isOfficeTime(at: Date, calendar: OfficeCalendar): boolean {
  const window = officeWindow(localDateOf(at, calendar.timeZone), calendar);
  return !!window && window.opens <= at && at < window.closes;
}

/** Far enough to cross any run of holidays and closed days, near enough to end for any norm that can be set. */
const MAX_DAYS_SCANNED = 3 * 366;

/**
 * When the first reply is due. A calendar norm adds its minutes; an office-hours norm counts only office minutes,
 * so a signal that arrives outside office hours starts counting at the next opening.
 */
export function firstReplyDueAt(receivedAt: Date, norm: ResponseNormRule, calendar: OfficeCalendar): Date {
  const minutes = Math.max(0, norm.minutes);
  if (!norm.businessHoursOnly || openDays(calendar.officeHours).length === 0) {
    return new Date(receivedAt.getTime() + minutes * 60_000);
  }
  let left = minutes * 60_000;
  let date = localDateOf(receivedAt, calendar.timeZone);
  for (let i = 0; i < MAX_DAYS_SCANNED; i++, date = addDays(date, 1)) {
    const window = officeWindow(date, calendar);
    if (!window || window.closes <= receivedAt) continue;
    const start = Math.max(window.opens.getTime(), receivedAt.getTime());
    const available = window.closes.getTime() - start;
    if (left <= available) return new Date(start + left);
    left -= available;
  }
  // Office hours that are only ever holidays: count on the calendar rather than never.
  return new Date(receivedAt.getTime() + minutes * 60_000);
}

/** Whole calendar minutes from one instant to another (0 when `to` is not after `from`). */
export function calendarMinutesBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));
}

/** Whole office minutes from one instant to another (0 when `to` is not after `from`). */
export function officeMinutesBetween(from: Date, to: Date, calendar: OfficeCalendar): number {
  if (to <= from) return 0;
  let ms = 0;
  const last = localDateOf(to, calendar.timeZone);
  for (let date = localDateOf(from, calendar.timeZone); date <= last; date = addDays(date, 1)) {
    const window = officeWindow(date, calendar);
    if (!window) continue;
    const start = Math.max(window.opens.getTime(), from.getTime());
    const end = Math.min(window.closes.getTime(), to.getTime());
    if (end > start) ms += end - start;
  }
  return Math.floor(ms / 60_000);
}

/** The moments a signal's clock changes colour: orange at `warnAt`, red at `dueAt`. */
export interface SlaClock {
  warnAt: Date;
  dueAt: Date;
}

/** The clock of a signal received at an instant under a norm; orange in the last 20 % of the norm, in its own minutes. */
export function slaClock(receivedAt: Date, norm: ResponseNormRule, calendar: OfficeCalendar): SlaClock {
  const warnMinutes = Math.round(norm.minutes * (1 - SLA_WARNING_SHARE));
  return {
    warnAt: firstReplyDueAt(receivedAt, { ...norm, minutes: warnMinutes }, calendar),
    dueAt: firstReplyDueAt(receivedAt, norm, calendar),
  };
}

/** The colour of a clock at an instant: red once the reply is due, orange from `warnAt`, green before. */
export function slaStateAt(clock: SlaClock, at: Date): SlaState {
  if (at >= clock.dueAt) return 'RED';
  return at >= clock.warnAt ? 'ORANGE' : 'GREEN';
}

// ---- settings ------------------------------------------------------------------------------------------------

/**
 * Checks a week of office hours as `setOfficeHours` takes it: weekdays 1–7, each at most once, `HH:mm` times, both
 * or neither given, opening before closing. Fields are named `days.<index>.<field>`.
 */
export function checkOfficeHours(days: readonly OfficeDay[]): FieldIssues {
  const issues: FieldIssues = {};
  const seen = new Set<number>();
  days.forEach((day, index) => {
    const field = (name: string, issue: Issue) => (issues[`days.${index}.${name}`] ??= issue);
    if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7) {
      field('weekday', { code: 'outOfRange', min: 1, max: 7 });
    } else if (seen.has(day.weekday)) {
      field('weekday', { code: 'taken' });
    } else {
      seen.add(day.weekday);
    }
    const opens = day.opens || null;
    const closes = day.closes || null;
    if (opens && !isValidTime(opens)) field('opens', { code: 'invalidTime' });
    if (closes && !isValidTime(closes)) field('closes', { code: 'invalidTime' });
    if (opens && !closes) field('closes', { code: 'required' });
    if (closes && !opens) field('opens', { code: 'required' });
    if (opens && closes && isValidTime(opens) && isValidTime(closes) && opens >= closes) {
      field('closes', { code: 'endBeforeStart' });
    }
  });
  return issues;
}

/** A norm is 1 minute up to 30 days. */
export function checkResponseNorm(norm: { minutes: number }): FieldIssues {
  return Number.isInteger(norm.minutes) && norm.minutes >= 1 && norm.minutes <= MAX_NORM_MINUTES
    ? {}
    : { minutes: { code: 'outOfRange', min: 1, max: MAX_NORM_MINUTES } };
}

/** A shift on the on-call roster ends after it starts and lasts at most 31 days. */
export function checkOnCallShift(shift: { startsAt: Date; endsAt: Date }): FieldIssues {
  if (shift.endsAt <= shift.startsAt) return { endsAt: { code: 'endBeforeStart' } };
  return shift.endsAt.getTime() - shift.startsAt.getTime() > 31 * 86400_000
    ? { endsAt: { code: 'rangeTooLong', maxDays: 31 } }
    : {};
}

// ---- reply templates -----------------------------------------------------------------------------------------

/** The placeholders a reply template may use: the resident's name and what the signal is about. */
export const REPLY_PLACEHOLDERS = ['naam', 'onderwerp'] as const;
export type ReplyPlaceholder = (typeof REPLY_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([^{}\s]+)\}/g;

/** The placeholders in a template body that Planbord does not know, in order of appearance. */
export function unknownPlaceholders(body: string): string[] {
  const unknown = new Set<string>();
  for (const match of body.matchAll(PLACEHOLDER)) {
    if (!(REPLY_PLACEHOLDERS as readonly string[]).includes(match[1])) unknown.add(match[1]);
  }
  return [...unknown];
}

/**
 * Fills a template's placeholders. A value that is missing (an anonymous resident) takes its placeholder and the
 * space before it away, so "Beste {naam}," reads "Beste,".
 */
export function renderReplyTemplate(
  body: string,
  values: Partial<Record<ReplyPlaceholder, string | null | undefined>>,
): string {
  return body.replace(/(\s*)\{([^{}\s]+)\}/g, (whole, space: string, name: string) => {
    if (!(REPLY_PLACEHOLDERS as readonly string[]).includes(name)) return whole;
    const value = values[name as ReplyPlaceholder]?.trim();
    return value ? `${space}${value}` : '';
  });
}

export const WEBCARE_LIMITS = {
  templateName: 120,
  templateBody: 5000,
  replyBody: 20_000,
  url: 1000,
  /** A reply given on the platform a moment ago may carry the platform's clock, a little ahead of ours. */
  clockSkewMs: 60_000,
} as const;

export interface ReplyTemplateFields {
  name?: string | null;
  body?: string | null;
}

/** A template has a name and a body whose placeholders are all known. */
export function checkReplyTemplate(input: ReplyTemplateFields, partial = false): FieldIssues {
  const issues = check(
    input,
    {
      name: rules.text(WEBCARE_LIMITS.templateName, { required: true }),
      body: rules.text(WEBCARE_LIMITS.templateBody, { required: true }),
    },
    partial,
  );
  if (!issues.body && input.body) {
    const unknown = unknownPlaceholders(input.body);
    if (unknown.length) issues.body = { code: 'unknownPlaceholder', names: unknown.map((n) => `{${n}}`).join(', ') };
  }
  return issues;
}

export interface ReplyFields {
  body: string;
  url?: string | null;
  sentAt?: Date | null;
}

/** A reply has a text, perhaps a link to it on the platform, and was given after the signal came in and not later than now. */
export function checkReply(input: ReplyFields, receivedAt: Date, now: Date): FieldIssues {
  const issues = check(input, {
    body: rules.text(WEBCARE_LIMITS.replyBody, { required: true }),
    url: rules.text(WEBCARE_LIMITS.url),
  });
  if (!issues.url && input.url?.trim() && !/^https?:\/\/\S+$/i.test(input.url.trim()))
    issues.url = { code: 'invalidChoice' };
  if (input.sentAt) {
    if (input.sentAt < receivedAt) issues.sentAt = { code: 'beforeSignal' };
    else if (input.sentAt.getTime() > now.getTime() + WEBCARE_LIMITS.clockSkewMs) issues.sentAt = { code: 'inFuture' };
  }
  return issues;
}
