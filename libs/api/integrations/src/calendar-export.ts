import ExcelJS from 'exceljs';
import { toWallMs, type Locale } from '@planbord/domain';

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

/** A moment or a day as the organisation's clock shows it: real dates in a spreadsheet, `dd-mm-jjjj` in text. */
interface Cell {
  /** Wall-clock time in the organisation's zone, as milliseconds of a UTC date (how spreadsheets store it). */
  wall?: number;
  kind: 'date' | 'time' | 'text';
  text: string;
}
type Row = Record<Column, Cell>;

const pad = (n: number) => String(n).padStart(2, '0');
const text = (value: string | null | undefined): Cell => ({ kind: 'text', text: value ?? '' });
function dateCell(wall: number | null): Cell {
  if (wall === null) return text('');
  const d = new Date(wall);
  return { kind: 'date', wall, text: `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}` };
}
function timeCell(wall: number | null): Cell {
  if (wall === null) return text('');
  const d = new Date(wall);
  return { kind: 'time', wall, text: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` };
}
const dayWall = (date: string) => Date.parse(`${date}T00:00:00Z`);
const names = (list: readonly Named[]) => list.map((n) => n.name).join(', ');

/** The calendar's items as rows, in time order, dates and times on the organisation's clock. */
export function calendarRows(
  calendar: ExportedCalendar,
  locale: Locale,
  timeZone: string,
  linkOf: (kind: 'event' | 'slot' | 'post', id: string) => string,
): Row[] {
  const t = TEXT[locale];
  const people = (jobs: Jobs) =>
    text(jobs.assignments.map((a) => `${a.user.name} (${t[`role.${a.role}`] ?? a.role})`).join(', '));
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
        date: dateCell(start),
        start: allDay ? text('') : timeCell(start),
        endDate: dateCell(end),
        end: allDay ? text('') : timeCell(end),
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
        date: dateCell(start),
        start: timeCell(start),
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
        date: dateCell(start),
        start: timeCell(start),
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
  return rows.sort((a, b) => a.at - b.at).map(({ row }) => row);
}

const headers = (locale: Locale) => COLUMNS.map((column) => TEXT[locale][`col.${column}`]);

/**
 * CSV as Excel in a Dutch locale opens it by double-click: semicolons between fields (the comma is the decimal
 * sign), a byte-order mark so UTF-8 is recognised, CRLF line ends.
 */
export function toCsv(rows: readonly Row[], locale: Locale): Buffer {
  const field = (value: string) =>
    /[";\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  // A cell starting with = + - @ is a formula to a spreadsheet: a title must never run as one.
  const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  const lines = [headers(locale), ...rows.map((row) => COLUMNS.map((c) => safe(row[c].text)))].map((cells) =>
    cells.map(field).join(';'),
  );
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** A workbook with one sheet: real dates and times, a frozen bold header, a filter on every column. */
export async function toXlsx(rows: readonly Row[], locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Planbord';
  const sheet = workbook.addWorksheet(TEXT[locale].sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column, i) => ({
    header: headers(locale)[i],
    key: column,
    width:
      { title: 40, people: 40, link: 50, themes: 24, department: 24, channel: 24, location: 24 }[column as string] ??
      14,
    style:
      column === 'date' || column === 'endDate'
        ? { numFmt: 'dd-mm-yyyy' }
        : column === 'start' || column === 'end'
          ? { numFmt: 'hh:mm' }
          : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows)
    sheet.addRow(
      Object.fromEntries(COLUMNS.map((c) => [c, row[c].wall !== undefined ? new Date(row[c].wall!) : row[c].text])),
    );
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
