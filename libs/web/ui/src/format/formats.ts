import type { Locale } from '@planbord/domain';
import { toDate, type CalendarDate, type Instant } from './org-time';

const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(TAGS[locale], { timeZone, ...options });
    cache.set(key, f);
  }
  return f;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * Every date, time and number the interface shows, written the way the language does (`dinsdag 1 december`,
 * `63.206`): instants on the organisation's clock, calendar dates as they are.
 */
export interface Formats {
  /** "vrijdag 6 februari 2026" / "Friday 6 February 2026"; without the weekday: "6 februari 2026". */
  formatDate(value: Instant, options?: { weekday?: boolean }): string;
  /** "10:00" on the organisation's clock. */
  formatTime(value: Instant): string;
  /** "vrijdag 6 februari 2026 om 10:00" / "Friday 6 February 2026 at 10:00". */
  formatDateTime(value: Instant, options?: { weekday?: boolean }): string;
  /** A calendar date (no instant) in words: "vrijdag 6 februari 2026". */
  formatLocalDate(date: CalendarDate, options?: { weekday?: boolean }): string;
  /** A calendar date's day and month: "6 februari", or with the short month "6 feb.". */
  formatDayMonth(date: CalendarDate, month?: 'long' | 'short'): string;
  /** The month and year of a calendar date: "februari 2026". */
  formatMonthYear(date: CalendarDate): string;
  /** The weekday of a calendar date: "vrijdag", or short "vr". */
  formatWeekday(date: CalendarDate, style?: 'long' | 'short'): string;
  /** Month names January … December, for column headers. */
  monthNames(style?: 'long' | 'short'): string[];
  /** "63.206" / "63,206". */
  formatNumber(value: number): string;
  /** A share 0…1 as a whole percentage: "25%". */
  formatPercent(share: number): string;
  /** An amount in euro cents as euros: "€ 1.500,00" / "€1,500.00". */
  formatEuros(cents: number): string;
  /**
   * When something starts: an all-day item by its day only ("woensdag 2 december 2026", never "om 00:00"), anything
   * else by day and time.
   */
  formatStart(
    item: { startsAt: Instant; allDay?: boolean | null; startDate?: CalendarDate | null },
    options?: { weekday?: boolean },
  ): string;
  /** A deadline is a day, not a clock time: "vrijdag 4 december 2026". */
  formatDeadline(value: Instant, options?: { weekday?: boolean }): string;
}

/** Where the organisation's clock says a day begins, for all-day items that carry only their instant. */
const DAY_OF = (zone: string, value: Instant) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    toDate(value),
  );

export function formats(locale: Locale, zone: string): Formats {
  const onClock = (options: Intl.DateTimeFormatOptions) => formatter(locale, zone, options);
  // A calendar date is formatted at noon UTC in UTC: the same day in every language, whatever the zone.
  const onCalendar = (date: CalendarDate, options: Intl.DateTimeFormatOptions) =>
    formatter(locale, 'UTC', options).format(new Date(`${date}T12:00:00Z`));
  const dateOptions = (weekday: boolean): Intl.DateTimeFormatOptions => ({
    weekday: weekday ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const formatDate = (value: Instant, { weekday = true }: { weekday?: boolean } = {}) =>
    onClock(dateOptions(weekday)).format(toDate(value)).replace(',', '');
  const formatTime = (value: Instant) =>
    onClock({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(toDate(value));
  return {
    formatDate,
    formatTime,
    formatDateTime: (value, options) =>
      `${formatDate(value, options)} ${locale === 'nl' ? 'om' : 'at'} ${formatTime(value)}`,
    formatLocalDate: (date, { weekday = true } = {}) => onCalendar(date, dateOptions(weekday)).replace(',', ''),
    formatDayMonth: (date, month = 'long') => onCalendar(date, { day: 'numeric', month }),
    formatMonthYear: (date) => onCalendar(date, { month: 'long', year: 'numeric' }),
    formatWeekday: (date, style = 'long') => onCalendar(date, { weekday: style }),
    monthNames: (style = 'long') =>
      Array.from({ length: 12 }, (_, i) =>
        onCalendar(`2026-${String(i + 1).padStart(2, '0')}-15`, { month: style }).replace('.', ''),
      ),
    formatNumber(value) {
      let f = numberFormats.get(locale);
      if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(TAGS[locale])));
      return f.format(value);
    },
    formatPercent: (share) =>
      new Intl.NumberFormat(TAGS[locale], { style: 'percent', maximumFractionDigits: 0 }).format(share),
    formatEuros: (cents) =>
      new Intl.NumberFormat(TAGS[locale], { style: 'currency', currency: 'EUR' }).format(cents / 100),
    formatStart(item, options) {
      if (!item.allDay)
        return `${formatDate(item.startsAt, options)} ${locale === 'nl' ? 'om' : 'at'} ${formatTime(item.startsAt)}`;
      return onCalendar(item.startDate ?? DAY_OF(zone, item.startsAt), dateOptions(options?.weekday ?? true)).replace(
        ',',
        '',
      );
    },
    formatDeadline: (value, options) => formatDate(value, options),
  };
}
