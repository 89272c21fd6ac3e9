import { DATE_YEARS, fromWallMs, isValidDate, parseInstant, type Issue } from '@planbord/domain';

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  mrt: 3,
  maart: 3,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augustus: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const TIME = String.raw`(?:[ T]+(?:om\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?`;
const ISO_LOCAL = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const DUTCH_NUMERIC = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})${TIME}$`);
const DUTCH_WORDS = new RegExp(String.raw`^(?:[a-z]+,?\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})${TIME}$`);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A moment as monitoring tools and spreadsheets write it: ISO 8601 with an offset, or a local time in the
 * organisation's zone as `2027-06-14 09:30`, `14-06-2027 09:30`, `14/6/2027`, `14.06.2027 9.30`,
 * `14 juni 2027 om 09:30`, `ma 14 jun. 2027`. A date alone is midnight.
 */
export function parseImportInstant(text: string, timeZone: string): Date | Issue {
  const value = text.trim().toLowerCase();
  if (/[zZ]$|[+-]\d{2}:\d{2}$/.test(value) && /^\d{4}-/.test(value)) return parseInstant(value.toUpperCase());
  let parts: [number, number, number, string?, string?, string?] | null = null;
  let match = ISO_LOCAL.exec(value);
  if (match) parts = [+match[1], +match[2], +match[3], match[4], match[5], match[6]];
  else if ((match = DUTCH_NUMERIC.exec(value))) parts = [+match[3], +match[2], +match[1], match[4], match[5], match[6]];
  else if ((match = DUTCH_WORDS.exec(value))) {
    const month = MONTHS[match[2]];
    if (!month) return { code: 'invalidDate' };
    parts = [+match[3], month, +match[1], match[4], match[5], match[6]];
  }
  if (!parts) return { code: 'invalidDate' };
  const [year, month, day, hour = '0', minute = '0', second = '0'] = parts;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!isValidDate(date) || +hour > 23 || +minute > 59 || +second > 59) return { code: 'invalidDate' };
  if (year < DATE_YEARS.from || year >= DATE_YEARS.to) return { code: 'dateOutOfRange', ...DATE_YEARS };
  return fromWallMs(Date.parse(`${date}T${pad(+hour)}:${pad(+minute)}:${pad(+second)}Z`), timeZone);
}
