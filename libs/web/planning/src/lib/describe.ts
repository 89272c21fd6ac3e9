import type { Translate } from '../i18n';
import type { CalendarEntry } from './calendar-items';
import { hoursAndMinutes } from './planning-board';

/**
 * The accessible name of a calendar item: first exactly what the button shows, in the same order (so speech control
 * works by saying it), then in words what only colour and initials show. "10:00 Opening skatepark, Niet gedekt,
 * activiteit, thema Verkeer, Daan Smit, Eva de Jong"; for a post, its status (also its colour), whether crisis mode
 * holds it, and its channel mark spelled out: "11:00 Skatepark open!, Goedgekeurd, vastgehouden, bericht op Instagram".
 */
export function entryLabel(entry: CalendarEntry, t: Translate, colorLabel: string | null): string {
  const parts = [`${entry.time ?? t('calendar.allDayShort')} ${entry.title}`];
  if (entry.event) {
    parts.push(t(`calendar.coverage.${entry.event.coverage}`), t('calendar.kind.event').toLowerCase());
    if (entry.event.status !== 'PLANNED') parts.push(t(`calendar.eventStatus.${entry.event.status}`).toLowerCase());
  }
  if (entry.post) {
    // The channel mark is an icon: its name comes after the text the item shows.
    parts.push(t(`postStatus.${entry.post.status}`));
    if (entry.post.onHold) parts.push(t('calendar.post.onHold').toLowerCase());
    parts.push(t('calendar.post.onChannel', { channel: t(`channelKind.${entry.post.channel.kind}`) }));
  }
  if (entry.slot) parts.push(`${t(`calendar.kind.${entry.kind}`)} ${t(`calendar.slotStatus.${entry.slot.status}`)}`);
  if (colorLabel) parts.push(colorLabel);
  if (entry.people.length) parts.push(entry.people.map((person) => person.name).join(', '));
  return parts.join(', ');
}

/** "3 u 20 min", "45 min", "8 u". */
export function formatMinutes(minutes: number, t: Translate): string {
  const { hours, minutes: rest } = hoursAndMinutes(minutes);
  if (hours === 0) return t('planning.minutesOnly', { minutes: rest });
  if (rest === 0) return t('planning.hoursOnly', { hours });
  return t('planning.hoursMinutes', { hours, minutes: rest });
}
