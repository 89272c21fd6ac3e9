import { addDays } from '@planbord/domain';
import type { Formats } from '@planbord/web-ui';
import type { Translate } from '../i18n';

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
export function describeWhen(
  event: WhenFields,
  { formatDate, formatDateTime, formatLocalDate, formatTime }: Formats,
  t: Translate,
): string {
  if (event.allDay) {
    const first = event.startDate;
    const last = event.endDate ? addDays(event.endDate, -1) : null;
    if (first && last && last > first)
      return `${formatLocalDate(first)} ${t('requests.through')} ${formatLocalDate(last)}`;
    return `${first ? formatLocalDate(first) : formatDate(event.startsAt)} (${t('requests.allDay')})`;
  }
  const sameDay = formatDate(event.startsAt) === formatDate(event.endsAt);
  if (sameDay) return `${formatDate(event.startsAt)}, ${formatTime(event.startsAt)}–${formatTime(event.endsAt)}`;
  return `${formatDateTime(event.startsAt)} ${t('requests.until')} ${formatDateTime(event.endsAt)}`;
}
