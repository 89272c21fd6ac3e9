import { toWallMs, type Locale } from '@planbord/domain';
import type { Sheet, SheetColumn, SheetValue } from '@planbord/api-core';

/** What the calendar shows, read through the `calendar` query itself: the same filters and the same permissions. */
export const CALENDAR_EXPORT_QUERY = `query CalendarExport($from: DateTime!, $to: DateTime!, $filter: CalendarFilter) {
  calendar(from: $from, to: $to, filter: $filter) {
    events {
      id title status allDay startsAt endsAt startDate endDate location
      department { name } themes { name } wishedChannels { name }
      assignments { role user { name } }
    }
    slots {
      id title status kind startsAt
      channel { name } rubric { name }
      assignments { role user { name } }
    }
    posts {
      id title status plannedAt publishedAt publishedUrl
      channel { name } themes { name } author { name }
      assignments { role user { name } }
    }
  }
}`;

interface Named {
  name: string;
}
interface Jobs {
  assignments: { role: string; user: Named }[];
}
export interface ExportedCalendar {
  events: (Jobs & {
    id: string;
    title: string;
    status: string;
    allDay: boolean;
    startsAt: string;
    endsAt: string;
    startDate: string | null;
    endDate: string | null;
    location: string | null;
    department: Named | null;
    themes: Named[];
    wishedChannels: Named[];
  })[];
  slots: (Jobs & {
    id: string;
    title: string | null;
    status: string;
    kind: string;
    startsAt: string;
    channel: Named | null;
    rubric: Named | null;
  })[];
  posts: (Jobs & {
    id: string;
    title: string;
    status: string;
    plannedAt: string | null;
    publishedAt: string | null;
    publishedUrl: string | null;
    channel: Named;
    themes: Named[];
    author: Named;
  })[];
}

const COLUMNS = [
  'kind',
  'title',
  'date',
  'start',
  'endDate',
  'end',
  'allDay',
  'status',
  'department',
  'channel',
  'location',
  'themes',
  'people',
  'link',
] as const;
type Column = (typeof COLUMNS)[number];

const TEXT: Record<Locale, Record<string, string>> = {
  nl: {
    'col.kind': 'Soort',
    'col.title': 'Titel',
    'col.date': 'Datum',
    'col.start': 'Begin',
    'col.endDate': 'Einddatum',
    'col.end': 'Einde',
    'col.allDay': 'Hele dag',
    'col.status': 'Status',
    'col.department': 'Afdeling',
    'col.channel': 'Kanaal',
    'col.location': 'Locatie',
    'col.themes': "Thema's",
    'col.people': 'Mensen',
    'col.link': 'Link',
    'kind.event': 'Activiteit',
    'kind.slot': 'Ruimte',
    'kind.post': 'Bericht',
    yes: 'ja',
    no: 'nee',
    sheet: 'Kalender',
    untitledSlot: 'Vrije ruimte',
    'role.COVER': 'verslag',
    'role.WRITE': 'schrijven',
    'role.PUBLISH': 'plaatsen',
    'status.REQUESTED': 'Aangevraagd',
    'status.PLANNED': 'Gepland',
    'status.DONE': 'Afgerond',
    'status.CANCELLED': 'Geannuleerd',
    'status.DECLINED': 'Afgewezen',
    'status.OPEN': 'Open',
    'status.FILLED': 'Gevuld',
    'status.SKIPPED': 'Overgeslagen',
    'status.DRAFT': 'Concept',
    'status.IN_REVIEW': 'Ter beoordeling',
    'status.CHANGES_REQUESTED': 'Wijzigingen gevraagd',
    'status.APPROVED': 'Goedgekeurd',
    'status.SCHEDULED': 'Ingepland',
    'status.PUBLISHED': 'Gepubliceerd',
  },
  en: {
    'col.kind': 'Kind',
    'col.title': 'Title',
    'col.date': 'Date',
    'col.start': 'Start',
    'col.endDate': 'End date',
    'col.end': 'End',
    'col.allDay': 'All day',
    'col.status': 'Status',
    'col.department': 'Department',
    'col.channel': 'Channel',
    'col.location': 'Location',
    'col.themes': 'Themes',
    'col.people': 'People',
    'col.link': 'Link',
    'kind.event': 'Activity',
    'kind.slot': 'Slot',
    'kind.post': 'Post',
    yes: 'yes',
    no: 'no',
    sheet: 'Calendar',
    untitledSlot: 'Free room',
    'role.COVER': 'coverage',
    'role.WRITE': 'writing',
    'role.PUBLISH': 'publishing',
    'status.REQUESTED': 'Requested',
    'status.PLANNED': 'Planned',
    'status.DONE': 'Done',
    'status.CANCELLED': 'Cancelled',
    'status.DECLINED': 'Declined',
    'status.OPEN': 'Open',
    'status.FILLED': 'Filled',
    'status.SKIPPED': 'Skipped',
    'status.DRAFT': 'Draft',
    'status.IN_REVIEW': 'In review',
    'status.CHANGES_REQUESTED': 'Changes requested',
    'status.APPROVED': 'Approved',
    'status.SCHEDULED': 'Scheduled',
    'status.PUBLISHED': 'Published',
  },
};

type Row = Record<Column, SheetValue>;

const dayWall = (date: string) => Date.parse(`${date}T00:00:00Z`);
const names = (list: readonly Named[]) => list.map((n) => n.name).join(', ');

/** The calendar's items as rows, in time order, dates and times on the organisation's clock. */
export function calendarSheet(
  calendar: ExportedCalendar,
  locale: Locale,
  timeZone: string,
  linkOf: (kind: 'event' | 'slot' | 'post', id: string) => string,
): Sheet {
  const t = TEXT[locale];
  const people = (jobs: Jobs) =>
    jobs.assignments.map((a) => `${a.user.name} (${t[`role.${a.role}`] ?? a.role})`).join(', ');
  const text = (value: string | null | undefined) => value ?? '';
  const wall = (instant: string | null) => (instant ? toWallMs(new Date(instant), timeZone) : null);
  const rows: { at: number; row: Row }[] = [];

  for (const e of calendar.events) {
    const allDay = e.allDay && !!e.startDate;
    const start = allDay ? dayWall(e.startDate!) : wall(e.startsAt)!;
    // An all-day event's end date is exclusive in the calendar; a sheet names its last day.
    const end = allDay ? (e.endDate ? dayWall(e.endDate) - 86_400_000 : start) : wall(e.endsAt)!;
    rows.push({
      at: new Date(e.startsAt).getTime(),
      row: {
        kind: text(t['kind.event']),
        title: text(e.title),
        date: start,
        start: allDay ? null : start,
        endDate: end,
        end: allDay ? null : end,
        allDay: text(allDay ? t.yes : t.no),
        status: text(t[`status.${e.status}`] ?? e.status),
        department: text(e.department?.name),
        channel: text(names(e.wishedChannels)),
        location: text(e.location),
        themes: text(names(e.themes)),
        people: people(e),
        link: text(linkOf('event', e.id)),
      },
    });
  }
  for (const s of calendar.slots) {
    const start = wall(s.startsAt)!;
    rows.push({
      at: new Date(s.startsAt).getTime(),
      row: {
        kind: text(t['kind.slot']),
        title: text(s.title || s.rubric?.name || t.untitledSlot),
        date: start,
        start: start,
        endDate: text(''),
        end: text(''),
        allDay: text(t.no),
        status: text(t[`status.${s.status}`] ?? s.status),
        department: text(''),
        channel: text(s.channel?.name),
        location: text(''),
        themes: text(''),
        people: people(s),
        link: text(linkOf('slot', s.id)),
      },
    });
  }
  for (const p of calendar.posts) {
    const moment = p.publishedAt ?? p.plannedAt;
    const start = wall(moment);
    rows.push({
      at: moment ? new Date(moment).getTime() : Number.MAX_SAFE_INTEGER,
      row: {
        kind: text(t['kind.post']),
        title: text(p.title),
        date: start,
        start: start,
        endDate: text(''),
        end: text(''),
        allDay: text(t.no),
        status: text(t[`status.${p.status}`] ?? p.status),
        department: text(''),
        channel: text(p.channel.name),
        location: text(''),
        themes: text(names(p.themes)),
        people: people(p),
        link: text(p.publishedUrl ?? linkOf('post', p.id)),
      },
    });
  }
  return {
    name: t.sheet,
    columns: COLUMNS.map((key): SheetColumn => ({
      key,
      header: t[`col.${key}`],
      format: key === 'date' || key === 'endDate' ? 'date' : key === 'start' || key === 'end' ? 'time' : 'text',
      width:
        { title: 40, people: 40, link: 50, themes: 24, department: 24, channel: 24, location: 24 }[key as string] ?? 14,
    })),
    rows: rows.sort((a, b) => a.at - b.at).map(({ row }) => row),
  };
}
