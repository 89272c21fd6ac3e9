import type { Locale } from '@planbord/domain';

/**
 * Planning happens on the organisation's wall clock, whatever the browser's zone: instants from the API are shown in
 * this zone (the API's `ORG_TIME_ZONE` default).
 */
export const ORG_TIME_ZONE = 'Europe/Amsterdam';

const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(TAGS[locale], { timeZone: ORG_TIME_ZONE, ...options });
    cache.set(key, f);
  }
  return f;
}

type Instant = string | Date;
const toDate = (value: Instant) => (typeof value === 'string' ? new Date(value) : value);

/** "vrijdag 6 februari 2026" / "Friday 6 February 2026"; without the weekday: "6 februari 2026". */
export function formatDate(value: Instant, locale: Locale, { weekday = true }: { weekday?: boolean } = {}): string {
  return formatter(locale, { weekday: weekday ? 'long' : undefined, day: 'numeric', month: 'long', year: 'numeric' }).format(toDate(value)).replace(',', '');
}

/** "10:00" on the organisation's clock. */
export function formatTime(value: Instant, locale: Locale): string {
  return formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(toDate(value));
}

/** "vrijdag 6 februari 2026 om 10:00" / "Friday 6 February 2026 at 10:00". */
export function formatDateTime(value: Instant, locale: Locale, { weekday = true }: { weekday?: boolean } = {}): string {
  return `${formatDate(value, locale, { weekday })} ${locale === 'nl' ? 'om' : 'at'} ${formatTime(value, locale)}`;
}

/** A calendar date `YYYY-MM-DD` (no instant) in words: "vrijdag 6 februari 2026". */
export function formatLocalDate(date: string, locale: Locale, options: { weekday?: boolean } = {}): string {
  // Noon UTC lies on the same calendar day in the organisation's zone.
  return formatDate(new Date(`${date}T12:00:00Z`), locale, options);
}

/** Month names January … December in the language, for column headers. */
export function monthNames(locale: Locale, style: 'long' | 'short' = 'long'): string[] {
  const f = formatter(locale, { month: style });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2026, i, 15, 12))).replace('.', ''));
}
