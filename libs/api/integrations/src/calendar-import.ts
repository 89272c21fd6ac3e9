import { parseImportInstant, type ImportField, type ImportSpec } from '@planbord/api-core';
import { addDays, isValidTime, LIMITS, type FieldIssues, type Issue } from '@planbord/domain';

/** A row of a calendar file as read: a day, perhaps its hours, and what the event is. */
export interface CalendarRow {
  title: string;
  /** `YYYY-MM-DD`, the organisation's local day. */
  date: string;
  /** The last day of an event of several days, `YYYY-MM-DD`. */
  endDate: string | null;
  /** `HH:MM`, none for an event of whole days. */
  start: string | null;
  end: string | null;
  location: string;
  description: string;
  department: string;
  channel: string;
  /** The text of a post about it, on `channel`. */
  text: string;
}

/** The columns a calendar file may have, with the names a Dutch or English spreadsheet gives them. */
export const CALENDAR_FIELDS: readonly ImportField[] = [
  {
    key: 'date',
    synonyms: ['datum', 'dag', 'startdatum', 'begindatum', 'wanneer', 'start date', 'day'],
    required: true,
  },
  { key: 'time', synonyms: ['tijd', 'begintijd', 'starttijd', 'aanvang', 'van', 'tijdstip', 'start', 'start time'] },
  { key: 'endTime', synonyms: ['eindtijd', 'einde', 'tot', 'end', 'end time'] },
  { key: 'endDate', synonyms: ['einddatum', 'tot en met', 't m', 'end date'] },
  {
    key: 'title',
    synonyms: ['titel', 'onderwerp', 'activiteit', 'evenement', 'naam', 'wat', 'omschrijving kort', 'subject', 'event'],
    required: true,
  },
  { key: 'location', synonyms: ['locatie', 'plaats', 'waar', 'adres', 'place', 'where'] },
  { key: 'department', synonyms: ['afdeling', 'organisator', 'team', 'cluster', 'organiser'] },
  { key: 'channel', synonyms: ['kanaal', 'kanalen', 'medium', 'platform'] },
  { key: 'text', synonyms: ['tekst', 'bericht', 'berichttekst', 'posttekst', 'post', 'message', 'body'] },
  { key: 'description', synonyms: ['omschrijving', 'beschrijving', 'toelichting', 'notitie', 'opmerking', 'notes'] },
];

const DAY_MONTH = /^(\d{1,2})[-/.](\d{1,2})$/;
const DAY_MONTH_WORD = /^(?:[a-z]+,?\s+)?(\d{1,2})\s+([a-z]+)\.?$/;
const TIME = /^(\d{1,2})(?:[:.u](\d{2}))?\s*(?:u|uur|h)?$/;

/** A time as people type it: `9:30`, `09.30`, `9u30`, `10 uur`, `10u`. */
function parseTime(text: string): string | null {
  const match = TIME.exec(text.trim().toLowerCase());
  if (!match) return null;
  const time = `${match[1].padStart(2, '0')}:${match[2] ?? '00'}`;
  return isValidTime(time) ? time : null;
}

/**
 * A day as spreadsheets write it (`14-06-2027`, `14 juni 2027`, `2027-06-14`, perhaps with a time), or without its
 * year (`14-6`, `14 juni`), which is then `year`'s. Answers the day and the time written with it, if any.
 */
export function parseDay(text: string, year: number): { date: string; time: string | null } | Issue {
  let value = text.trim().toLowerCase();
  if (DAY_MONTH.test(value) || DAY_MONTH_WORD.test(value))
    value = `${value}${DAY_MONTH.test(value) ? '-' : ' '}${year}`;
  const instant = parseImportInstant(value, 'UTC');
  if ('code' in instant) return instant;
  const iso = instant.toISOString();
  const time = iso.slice(11, 16);
  const written = /\d[:.]\d{2}(?!\d)/.test(
    value.replace(/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}/, '').replace(/^\d{4}-\d{2}-\d{2}/, ''),
  );
  return { date: iso.slice(0, 10), time: written ? time : null };
}

/** Reads a calendar file's rows; days without a year are in `year`. */
export function calendarSpec(year: number): ImportSpec<CalendarRow> {
  return {
    kind: 'calendar',
    fields: CALENDAR_FIELDS,
    read(cells) {
      const issues: FieldIssues = {};
      const title = cells.title.trim();
      if (!title) issues.title = { code: 'required' };
      else if (title.length > LIMITS.title) issues.title = { code: 'tooLong', max: LIMITS.title };
      let date = '';
      let start: string | null = null;
      let end: string | null = null;
      let endDate: string | null = null;
      if (!cells.date) issues.date = { code: 'required' };
      else {
        const day = parseDay(cells.date, year);
        if ('code' in day) issues.date = day;
        else {
          date = day.date;
          start = day.time;
        }
      }
      // One column may hold the hours as a range: `10:00 - 12:00`, `10.00-12.00 uur`.
      const [from, until] = cells.time.split(/\s*(?:-|–|tot)\s*/);
      if (cells.time) {
        start = parseTime(from);
        if (!start) issues.time = { code: 'invalidTime' };
        if (until) {
          end = parseTime(until);
          if (!end) issues.time = { code: 'invalidTime' };
        }
      }
      if (cells.endTime) {
        end = parseTime(cells.endTime);
        if (!end) issues.endTime = { code: 'invalidTime' };
      }
      if (end && !start && !issues.time) issues.time = { code: 'required' };
      if (start && end && end <= start && !issues.time && !issues.endTime)
        issues[cells.endTime ? 'endTime' : 'time'] = { code: 'endBeforeStart' };
      if (cells.endDate) {
        const last = parseDay(cells.endDate, year);
        if ('code' in last) issues.endDate = last;
        else if (date && last.date < date) issues.endDate = { code: 'endBeforeStart' };
        else if (date && last.date > addDays(date, 366)) issues.endDate = { code: 'rangeTooLong', maxDays: 366 };
        else endDate = last.date === date ? null : last.date;
      }
      if (cells.location.length > LIMITS.location) issues.location = { code: 'tooLong', max: LIMITS.location };
      if (cells.description.length > LIMITS.description)
        issues.description = { code: 'tooLong', max: LIMITS.description };
      if (Object.keys(issues).length) return { issues };
      return {
        record: {
          title,
          date,
          endDate,
          start,
          end,
          location: cells.location,
          description: cells.description,
          department: cells.department,
          channel: cells.channel,
          text: cells.text,
        },
      };
    },
  };
}
