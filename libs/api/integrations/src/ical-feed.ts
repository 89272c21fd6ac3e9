import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { localDateOf, type Locale } from '@planbord/domain';

/** One item of a feed, whatever it is in Planbord. */
export interface FeedItem {
  kind: 'event' | 'slot' | 'post';
  id: string;
  version: number;
  title: string;
  description?: string | null;
  location?: string | null;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  cancelled: boolean;
  tentative?: boolean;
  /** Where the item opens in Planbord, relative to the app's address. */
  path: string;
}

export interface FeedCalendar {
  name: string;
  timeZone: string;
  /** The app's address, for the links back to each item. */
  origin: string;
  locale: Locale;
  items: FeedItem[];
}

/**
 * An RFC 5545 calendar: times in the organisation's zone with its VTIMEZONE, all-day items as DATE values with an
 * exclusive end, UIDs that stay the same for an item (`<entity>-<id>@planbord`) and SEQUENCE from its version, so a
 * calendar program updates what it already has instead of adding it twice.
 */
export function buildFeed(feed: FeedCalendar): string {
  const calendar = ical({
    name: feed.name,
    prodId: { company: 'Planbord', product: 'Planbord', language: feed.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 300,
  });
  calendar.timezone({ name: feed.timeZone, generator: getVtimezoneComponent });
  // Luxon carries the zone, so the output is the same whatever the server's own TZ is.
  const local = (at: Date) => DateTime.fromJSDate(at).setZone(feed.timeZone);
  const day = (at: Date) => DateTime.fromISO(localDateOf(at, feed.timeZone), { zone: feed.timeZone });
  for (const item of feed.items) {
    const times = item.allDay
      ? {
          start: day(item.startsAt),
          end: day(item.endsAt),
          allDay: true,
        }
      : { start: local(item.startsAt), end: local(item.endsAt), timezone: feed.timeZone };
    calendar.createEvent({
      id: `${item.kind}-${item.id}@planbord`,
      sequence: item.version,
      summary: item.title,
      description: item.description ?? undefined,
      location: item.location ?? undefined,
      url: new URL(item.path, feed.origin).toString(),
      status: item.cancelled
        ? ICalEventStatus.CANCELLED
        : item.tentative
          ? ICalEventStatus.TENTATIVE
          : ICalEventStatus.CONFIRMED,
      ...times,
    });
  }
  return calendar.toString();
}
