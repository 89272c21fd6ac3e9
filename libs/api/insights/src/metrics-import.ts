import {
  fromWallMs,
  isValidDate,
  localDateOf,
  METRIC_FIELDS,
  type ChannelKind,
  type MetricField,
} from '@planbord/domain';
import { normaliseHeader, type ColumnMapping, type ImportField, type MappingIssue } from '@planbord/api-core';

/** The platforms' own export files Planbord reads (DESIGN §8). */
export const METRICS_FORMATS = ['META_FACEBOOK', 'META_INSTAGRAM', 'LINKEDIN', 'X'] as const;
export type MetricsFormat = (typeof METRICS_FORMATS)[number];

export const isMetricsFormat = (value: string): value is MetricsFormat =>
  (METRICS_FORMATS as readonly string[]).includes(value);

/** The fields of a row besides the figures: where the post is, and when it went out. */
export type RowField = 'permalink' | 'publishedAt' | MetricField;

export interface FormatSpec {
  format: MetricsFormat;
  /** The channel kind whose posts a row may match by time. */
  kind: ChannelKind;
  /**
   * The columns that make a file this format, normalised (see `normaliseHeader`). Column sets drift between
   * versions of the exports, so only a subset that each version has is required; the rest is read when present.
   */
  signature: readonly string[];
  /** Fields by the headers that fill them: English as the platforms write them, then Dutch, for the mapping. */
  fields: readonly (ImportField & { key: RowField })[];
}

const field = (key: RowField, synonyms: string[], required = false): ImportField & { key: RowField } => ({
  key,
  synonyms,
  required,
});

// Dutch headers (a Business Suite set to Dutch) are known synonyms: once the format is chosen in the mapping step,
// they fill their fields by themselves. They are not part of any signature, so such a file always passes through
// the mapping step first, where a person confirms what it is; that choice is then remembered.
const permalink = (names: string[]) => field('permalink', [...names, 'Link', 'URL', 'Koppeling'], false);
const views = ['Views', 'Impressions', 'Weergaven', 'Vertoningen'];

export const FORMAT_SPECS: readonly FormatSpec[] = [
  {
    format: 'META_INSTAGRAM',
    kind: 'INSTAGRAM',
    signature: ['post id', 'permalink', 'publish time', 'reach', 'likes', 'saves'],
    fields: [
      permalink(['Permalink']),
      field('publishedAt', ['Publish time', 'Publicatietijd', 'Publicatiedatum'], true),
      field('impressions', views),
      field('reach', ['Reach', 'Bereik']),
      field('reactions', ['Likes', 'Vind-ik-leuks']),
      field('comments', ['Comments', 'Opmerkingen', 'Reacties']),
      field('shares', ['Shares', 'Gedeeld', 'Keren gedeeld']),
      field('saves', ['Saves', 'Opgeslagen']),
      field('videoViews', ['Plays', 'Video views', 'Afspeelacties']),
    ],
  },
  {
    format: 'META_FACEBOOK',
    kind: 'FACEBOOK',
    signature: ['post id', 'permalink', 'publish time', 'reach', 'reactions'],
    fields: [
      permalink(['Permalink']),
      field('publishedAt', ['Publish time', 'Publicatietijd', 'Publicatiedatum'], true),
      field('impressions', views),
      field('reach', ['Reach', 'Bereik']),
      // In Dutch, Meta calls reactions "Reacties" and comments "Opmerkingen".
      field('reactions', ['Reactions', 'Reacties']),
      field('comments', ['Comments', 'Opmerkingen']),
      field('shares', ['Shares', 'Gedeeld', 'Keren gedeeld']),
      field('clicks', ['Total clicks', 'Klikken in totaal', 'Totaal aantal klikken']),
      field('videoViews', ['3-second video views', 'Video views', 'Videoweergaven van 3 seconden']),
    ],
  },
  {
    format: 'LINKEDIN',
    kind: 'LINKEDIN',
    signature: ['post link', 'created date', 'impressions'],
    fields: [
      permalink(['Post link', 'Link naar bericht', 'Berichtlink']),
      field('publishedAt', ['Created date', 'Aanmaakdatum', 'Datum gemaakt'], true),
      field('impressions', ['Impressions', 'Weergaven', 'Vertoningen']),
      field('clicks', ['Clicks', 'Klikken']),
      field('reactions', ['Likes', 'Reactions', 'Reacties', 'Vind-ik-leuks']),
      field('comments', ['Comments', 'Opmerkingen']),
      field('shares', ['Reposts', 'Shares', 'Gedeeld']),
      field('videoViews', ['Video views', 'Videoweergaven']),
    ],
  },
  {
    format: 'X',
    kind: 'X',
    signature: ['post id', 'date', 'impressions', 'engagements'],
    fields: [
      permalink(['Post Link', 'Tweet permalink', 'Link naar post']),
      field('publishedAt', ['Date', 'Time', 'Datum'], true),
      field('impressions', ['Impressions', 'Weergaven', 'Vertoningen']),
      field('reactions', ['Likes', 'Vind-ik-leuks']),
      field('comments', ['Replies', 'Antwoorden']),
      field('shares', ['Reposts', 'Retweets']),
      field('clicks', ['URL Clicks', 'Url clicks', 'Klikken op URL']),
      field('videoViews', ['Video views', 'Media views', 'Videoweergaven']),
    ],
  },
];

export const specOf = (format: MetricsFormat): FormatSpec => FORMAT_SPECS.find((spec) => spec.format === format)!;

/** The format whose signature the headers carry (Instagram before Facebook: its files are the more specific). */
export function recogniseFormat(headers: readonly string[]): MetricsFormat | null {
  const present = new Set(headers.map(normaliseHeader));
  return FORMAT_SPECS.find((spec) => spec.signature.every((name) => present.has(name)))?.format ?? null;
}

/**
 * A post's address as compared with the file's: without scheme, `www.`, query, fragment and trailing slash, the host
 * in lower case, and twitter.com as x.com. Null for anything that is not an address.
 */
export function normalisePermalink(text: string | null | undefined): string | null {
  const value = (text ?? '').trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    return null;
  }
  if (!url.hostname.includes('.')) return null;
  const host = url.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  return `${host === 'twitter.com' ? 'x.com' : host}${path}`;
}

/**
 * Which column fills which field: each field takes the first of its names (in their order of preference, its key
 * last) that the file has, unless `changes` names its column (or none); no column fills two fields, and a required
 * field needs one.
 */
export function resolveRowMapping(
  headers: readonly string[],
  spec: FormatSpec,
  changes: ColumnMapping = {},
): { mapping: ColumnMapping; issues: MappingIssue[] } {
  const normalised = headers.map(normaliseHeader);
  const mapping: ColumnMapping = {};
  const issues: MappingIssue[] = [];
  const chosen = new Set(Object.values(changes).filter((column): column is string => column !== null));
  for (const [key, column] of Object.entries(changes)) {
    if (!spec.fields.some((f) => f.key === key) || (column !== null && !headers.includes(column)))
      issues.push({ field: key, code: 'notFound' });
    else mapping[key] = column;
  }
  for (const f of spec.fields) {
    if (f.key in mapping) continue;
    const index = [...f.synonyms, f.key]
      .map(normaliseHeader)
      .map((name) => normalised.findIndex((header, i) => header === name && !chosen.has(headers[i])))
      .find((i) => i >= 0);
    mapping[f.key] = index === undefined ? null : headers[index];
    if (index !== undefined) chosen.add(headers[index]);
  }
  const used = new Set<string>();
  for (const f of spec.fields) {
    const column = mapping[f.key];
    if (column == null) {
      if (f.required) issues.push({ field: f.key, code: 'required' });
    } else if (used.has(column)) issues.push({ field: f.key, code: 'taken' });
    else used.add(column);
  }
  return { mapping, issues };
}

/** Parsed figure: a whole number from 0, absent, or not a number. */
export type ParsedCount = number | null | 'invalid';

/**
 * A figure as the exports write it: `1234`, `1,234` or `1.234` (thousands), `1 234`; empty or `-` is absent. A
 * decimal or negative value is refused rather than guessed at.
 */
export function parseCount(text: string): ParsedCount {
  const value = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (value === '' || value === '-' || value === '--') return null;
  if (/^\d+$/.test(value)) return Number(value);
  if (/^\d{1,3}([,.])\d{3}(\1\d{3})*$/.test(value)) return Number(value.replace(/[,.]/g, ''));
  return 'invalid';
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  mrt: 3,
  apr: 4,
  may: 5,
  mei: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  okt: 10,
  nov: 11,
  dec: 12,
};

export interface FileTime {
  at: Date;
  /** Only a day was written (LinkedIn's "Created date", X's "Date"): matched by the day, not within minutes. */
  dateOnly: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function wall(timeZone: string, year: number, month: number, day: number, time?: Clock): FileTime | null {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!isValidDate(date) || (time && (time.hour > 23 || time.minute > 59 || time.second > 59))) return null;
  const clockText = `${pad(time?.hour ?? 0)}:${pad(time?.minute ?? 0)}:${pad(time?.second ?? 0)}`;
  const at = fromWallMs(Date.parse(`${date}T${clockText}Z`), timeZone);
  return { at, dateOnly: !time };
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
}

function clock(hour?: string, minute?: string, second?: string, meridiem?: string): Clock | undefined {
  if (hour === undefined || minute === undefined) return undefined;
  let h = Number(hour);
  if (meridiem) h = (h % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  return { hour: h, minute: Number(minute), second: Number(second ?? 0) };
}

const TIME = String.raw`(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?)?`;
const WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(z|[+-]\d{2}:?\d{2})$/i;
const ISO_LOCAL = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`, 'i');
const US_NUMERIC = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`, 'i');
const US_WORDS = new RegExp(String.raw`^(?:[a-z]{3,9},?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`, 'i');

/**
 * A publish time as the platforms write it. All four write the month before the day: Meta `06/14/2031 09:30`,
 * LinkedIn `06/14/2031`, X `Sat, Jun 14, 2031` (older X files `2031-06-14 09:30 +0000`); a spreadsheet cell arrives
 * as `2031-06-14 09:30`. A time with an offset is that instant; one without is wall-clock time in the organisation's
 * zone (`timeZone`), which is how Business Suite and LinkedIn write a page's times for a Dutch organisation.
 */
export function parsePlatformTime(text: string, timeZone: string): FileTime | null {
  const value = text.trim();
  let match = WITH_OFFSET.exec(value);
  if (match) {
    const offset = match[4].toUpperCase() === 'Z' ? 'Z' : match[4].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const at = new Date(`${match[1]}T${match[2]}:${match[3] ?? '00'}${offset}`);
    return Number.isNaN(at.getTime()) ? null : { at, dateOnly: false };
  }
  if ((match = ISO_LOCAL.exec(value)))
    return wall(timeZone, +match[1], +match[2], +match[3], clock(match[4], match[5], match[6], match[7]));
  if ((match = US_NUMERIC.exec(value)))
    return wall(timeZone, +match[3], +match[1], +match[2], clock(match[4], match[5], match[6], match[7]));
  if ((match = US_WORDS.exec(value))) {
    const month = MONTHS[match[1].toLowerCase()];
    return month ? wall(timeZone, +match[3], month, +match[2], clock(match[4], match[5], match[6], match[7])) : null;
  }
  return null;
}

/** A published post as publishing's view shows it, with the kind of its channel. */
export interface PublishedPost {
  postId: string;
  channelId: string;
  kind: ChannelKind | null;
  publishedAt: Date;
  publishedUrl: string | null;
}

/** Within this much of the file's publish time, a post on a channel of the format's kind is the row's post. */
export const MATCH_WINDOW_MS = 10 * 60_000;

export type MatchOutcome =
  { postId: string; by: 'permalink' | 'time' } | { reason: 'noLinkOrTime' | 'invalidTime' | 'noMatch' | 'ambiguous' };

/**
 * Which published post a row is about: the one whose address is the row's permalink, else the one on a channel of
 * the format's kind published within 10 minutes of the row's time (the nearest; two equally near is ambiguous), or,
 * when the file gives only a day, the one such post of that day in the organisation's zone.
 */
export function matchRow(
  row: { permalink: string; publishedAt: string },
  kind: ChannelKind,
  posts: readonly PublishedPost[],
  byPermalink: ReadonlyMap<string, string>,
  timeZone: string,
): MatchOutcome {
  const link = normalisePermalink(row.permalink);
  const linked = link ? byPermalink.get(link) : undefined;
  if (linked) return { postId: linked, by: 'permalink' };
  if (!row.publishedAt.trim()) return { reason: link ? 'noMatch' : 'noLinkOrTime' };
  const time = parsePlatformTime(row.publishedAt, timeZone);
  if (!time) return { reason: 'invalidTime' };
  const onKind = posts.filter((post) => post.kind === kind);
  if (time.dateOnly) {
    const day = localDateOf(time.at, timeZone);
    const ofDay = onKind.filter((post) => localDateOf(post.publishedAt, timeZone) === day);
    if (ofDay.length === 1) return { postId: ofDay[0].postId, by: 'time' };
    return { reason: ofDay.length ? 'ambiguous' : 'noMatch' };
  }
  const near = onKind
    .map((post) => ({ post, distance: Math.abs(post.publishedAt.getTime() - time.at.getTime()) }))
    .filter((candidate) => candidate.distance <= MATCH_WINDOW_MS)
    .sort((a, b) => a.distance - b.distance);
  if (near.length === 0) return { reason: 'noMatch' };
  if (near.length > 1 && near[1].distance === near[0].distance) return { reason: 'ambiguous' };
  return { postId: near[0].post.postId, by: 'time' };
}

/** A row's figures by field, or the first field whose cell is not a whole number. */
export function countsOfRow(
  cells: Readonly<Record<string, string>>,
): { counts: Record<MetricField, number | null> } | { invalid: MetricField } {
  const counts = {} as Record<MetricField, number | null>;
  for (const key of METRIC_FIELDS) {
    const parsed = parseCount(cells[key] ?? '');
    if (parsed === 'invalid') return { invalid: key };
    counts[key] = parsed;
  }
  return { counts };
}

const FOLLOWER_SHEETS = new Set(['followers', 'volgers', 'new followers', 'nieuwe volgers']);
const FOLLOWER_DATE = new Set(['date', 'datum']);
const FOLLOWER_TOTAL = new Set(['total followers', 'totaal aantal volgers', 'followers', 'volgers', 'totaal volgers']);

export const isFollowerSheet = (name: string) => FOLLOWER_SHEETS.has(normaliseHeader(name));
export const isPostsSheet = (name: string) =>
  ['all posts', 'alle berichten', 'alle posts'].includes(normaliseHeader(name));

/**
 * The followers per month of a followers sheet (a header row with a date and a total column): each month's last
 * day in the sheet gives its count. Months as their first day.
 */
export function followersByMonth(rows: readonly { cells: string[] }[], timeZone: string): Map<string, number> {
  const result = new Map<string, { day: string; followers: number }>();
  const headerIndex = rows.findIndex((row) => row.cells.some((cell) => FOLLOWER_DATE.has(normaliseHeader(cell))));
  if (headerIndex < 0) return new Map();
  const headers = rows[headerIndex].cells.map(normaliseHeader);
  const dateColumn = headers.findIndex((header) => FOLLOWER_DATE.has(header));
  const totalColumn = headers.findIndex((header) => FOLLOWER_TOTAL.has(header));
  if (totalColumn < 0) return new Map();
  for (const row of rows.slice(headerIndex + 1)) {
    const time = parsePlatformTime(row.cells[dateColumn] ?? '', timeZone);
    const followers = parseCount(row.cells[totalColumn] ?? '');
    if (!time || typeof followers !== 'number') continue;
    const day = localDateOf(time.at, timeZone);
    const month = `${day.slice(0, 7)}-01`;
    const kept = result.get(month);
    if (!kept || kept.day <= day) result.set(month, { day, followers });
  }
  return new Map([...result].map(([month, { followers }]) => [month, followers]));
}

/** Of a sheet's first rows, the header: the first with three or more cells (LinkedIn puts a title above it). */
export function headerRowIndex(rows: readonly { cells: string[] }[]): number {
  const index = rows.slice(0, 5).findIndex((row) => row.cells.filter((cell) => cell !== '').length >= 3);
  return Math.max(index, 0);
}
