import type { Locale } from '@planbord/domain';
import { addDays } from '@planbord/domain';
import { formatDate, formatDateTime, formatLocalDate, formatTime, type Translate } from '@planbord/web-ui';

interface WhenFields {
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  startDate: string | null;
  endDate: string | null;
}

/**
 * When an event takes place, in words on the organisation's clock: "zondag 14 juni 2026, 14:00–16:00",
 * "zondag 14 juni 2026 (hele dag)", "zondag 14 juni 2026 t/m maandag 15 juni 2026".
 */
export function describeWhen(event: WhenFields, locale: Locale, t: Translate): string {
  if (event.allDay) {
    const first = event.startDate;
    const last = event.endDate ? addDays(event.endDate, -1) : null;
    if (first && last && last > first) return `${formatLocalDate(first, locale)} ${t('requests.through')} ${formatLocalDate(last, locale)}`;
    return `${first ? formatLocalDate(first, locale) : formatDate(event.startsAt, locale)} (${t('requests.allDay')})`;
  }
  const sameDay = formatDate(event.startsAt, locale) === formatDate(event.endsAt, locale);
  if (sameDay) return `${formatDate(event.startsAt, locale)}, ${formatTime(event.startsAt, locale)}–${formatTime(event.endsAt, locale)}`;
  return `${formatDateTime(event.startsAt, locale)} ${t('requests.until')} ${formatDateTime(event.endsAt, locale)}`;
}
