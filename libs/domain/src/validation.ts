import type { Locale } from './roles';
import { LOCALES, ROLES } from './roles';
import { CHANNEL_KINDS } from './channels';
import { isValidDate } from './time';

/** Why a field was refused. Shared by the API (BAD_USER_INPUT) and the forms, so a mistake reads the same everywhere. */
export type Issue =
  | { code: 'required' }
  | { code: 'tooLong'; max: number }
  | { code: 'tooShort'; min: number }
  | { code: 'invalidEmail' }
  | { code: 'invalidColor' }
  | { code: 'invalidChoice' }
  | { code: 'outOfRange'; min: number; max: number }
  | { code: 'taken' }
  | { code: 'notFound' }
  | { code: 'wrongPassword' }
  | { code: 'invalidDate' }
  | { code: 'endBeforeStart' }
  | { code: 'invalidRule' }
  | { code: 'invalidTime' }
  | { code: 'rangeTooLong'; maxDays: number }
  | { code: 'notAllowed' }
  | { code: 'channelNotApproved' }
  | { code: 'invalidId' }
  | { code: 'invalidText' }
  | { code: 'missingOffset' }
  | { code: 'dateOutOfRange'; from: number; to: number }
  | { code: 'unclosedQuote' }
  | { code: 'wrongFieldCount' }
  | { code: 'beforeSignal' }
  | { code: 'inFuture' }
  | { code: 'unknownPlaceholder'; names: string }
  | { code: 'unknownName'; name: string }
  | { code: 'alreadyUndone' }
  | { code: 'changedSince' };

export type FieldIssues = Record<string, Issue>;

export const LIMITS = {
  name: 120,
  shortName: 80,
  email: 254,
  passwordMin: 10,
  passwordMax: 256,
  handle: 200,
  weeklyHoursMax: 60,
  reason: 500,
  title: 200,
  description: 5000,
  location: 200,
  note: 2000,
  /** The longest text any field takes; each field's own rule is usually far stricter. */
  text: 100_000,
} as const;

/** Instants and dates lie from 1 January of the first year up to (not including) 1 January of the last. */
export const DATE_YEARS = { from: 1900, to: 2200 } as const;

const MESSAGES: Record<Locale, (issue: Issue) => string> = {
  nl: (issue) => {
    switch (issue.code) {
      case 'required':
        return 'Vul dit veld in.';
      case 'tooLong':
        return `Maximaal ${issue.max} tekens.`;
      case 'tooShort':
        return `Minimaal ${issue.min} tekens.`;
      case 'invalidEmail':
        return 'Dit is geen geldig e-mailadres.';
      case 'invalidColor':
        return 'Gebruik een kleur als #1a6b8f.';
      case 'invalidChoice':
        return 'Kies een van de mogelijkheden.';
      case 'outOfRange':
        return `Kies een getal van ${issue.min} tot en met ${issue.max}.`;
      case 'taken':
        return 'Deze waarde is al in gebruik.';
      case 'notFound':
        return 'Dit bestaat niet (meer).';
      case 'wrongPassword':
        return 'Het huidige wachtwoord klopt niet.';
      case 'invalidDate':
        return 'Dit is geen geldige datum of tijd.';
      case 'endBeforeStart':
        return 'Het einde ligt voor het begin.';
      case 'invalidRule':
        return 'Dit is geen geldige herhaalregel (RRULE), zoals FREQ=WEEKLY;BYDAY=TU.';
      case 'invalidTime':
        return 'Gebruik een tijd als 09:30.';
      case 'rangeTooLong':
        return `Kies een periode van hoogstens ${issue.maxDays} dagen.`;
      case 'notAllowed':
        return 'Dit kan hier niet.';
      case 'channelNotApproved':
        return 'Dit kanaal is nog niet goedgekeurd; er kan nog niets op worden gepland.';
      case 'invalidId':
        return 'Dit is geen geldige verwijzing.';
      case 'invalidText':
        return 'Deze tekst bevat tekens die niet zijn toegestaan.';
      case 'missingOffset':
        return 'Geef een tijdstip met tijdzone, zoals 2027-03-01T09:30:00+01:00.';
      case 'dateOutOfRange':
        return `Kies een datum tussen ${issue.from} en ${issue.to}.`;
      case 'unclosedQuote':
        return 'Deze regel heeft een aanhalingsteken dat niet wordt gesloten.';
      case 'wrongFieldCount':
        return 'Deze regel heeft meer velden dan de kopregel.';
      case 'beforeSignal':
        return 'Dit ligt voor het moment waarop het bericht binnenkwam.';
      case 'inFuture':
        return 'Dit moment ligt in de toekomst.';
      case 'unknownPlaceholder':
        return `Onbekende invulplek: ${issue.names}. Gebruik {naam} of {onderwerp}.`;
      case 'unknownName':
        return `"${issue.name}" bestaat niet in Planbord; voeg het eerst toe in Beheer of gebruik de naam die daar staat.`;
      case 'alreadyUndone':
        return 'Dit is al ongedaan gemaakt.';
      case 'changedSince':
        return 'Er is sindsdien aan gewerkt (gewijzigd, ingedeeld, een bericht of opmerking erbij): haal zelf weg wat niet meer nodig is.';
    }
  },
  en: (issue) => {
    switch (issue.code) {
      case 'required':
        return 'This field is required.';
      case 'tooLong':
        return `At most ${issue.max} characters.`;
      case 'tooShort':
        return `At least ${issue.min} characters.`;
      case 'invalidEmail':
        return 'This is not a valid e-mail address.';
      case 'invalidColor':
        return 'Use a colour like #1a6b8f.';
      case 'invalidChoice':
        return 'Choose one of the options.';
      case 'outOfRange':
        return `Choose a number from ${issue.min} to ${issue.max}.`;
      case 'taken':
        return 'This value is already in use.';
      case 'notFound':
        return 'This does not exist (any more).';
      case 'wrongPassword':
        return 'The current password is not correct.';
      case 'invalidDate':
        return 'This is not a valid date or time.';
      case 'endBeforeStart':
        return 'The end lies before the start.';
      case 'invalidRule':
        return 'This is not a valid recurrence rule (RRULE), such as FREQ=WEEKLY;BYDAY=TU.';
      case 'invalidTime':
        return 'Use a time like 09:30.';
      case 'rangeTooLong':
        return `Choose a period of at most ${issue.maxDays} days.`;
      case 'notAllowed':
        return 'This is not possible here.';
      case 'channelNotApproved':
        return 'This channel has not been approved yet; nothing can be planned on it.';
      case 'invalidId':
        return 'This is not a valid reference.';
      case 'invalidText':
        return 'This text contains characters that are not allowed.';
      case 'missingOffset':
        return 'Give a time with a time zone, such as 2027-03-01T09:30:00+01:00.';
      case 'dateOutOfRange':
        return `Choose a date between ${issue.from} and ${issue.to}.`;
      case 'unclosedQuote':
        return 'This line has a quotation mark that is never closed.';
      case 'wrongFieldCount':
        return 'This line has more fields than the header line.';
      case 'beforeSignal':
        return 'This lies before the message came in.';
      case 'inFuture':
        return 'This moment lies in the future.';
      case 'unknownPlaceholder':
        return `Unknown placeholder: ${issue.names}. Use {naam} or {onderwerp}.`;
      case 'unknownName':
        return `"${issue.name}" does not exist in Planbord; add it in Administration first, or use the name given there.`;
      case 'alreadyUndone':
        return 'This has been undone already.';
      case 'changedSince':
        return 'Someone has worked on it since (changed, assigned, added a post or a comment): remove what is no longer needed yourself.';
    }
  },
};

export function describeIssue(issue: Issue, locale: Locale): string {
  return MESSAGES[locale](issue);
}

export function describeIssues(issues: FieldIssues, locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(issues).map(([field, issue]) => [field, describeIssue(issue, locale)]));
}

export function hasIssues(issues: FieldIssues): boolean {
  return Object.keys(issues).length > 0;
}

// ---- rules --------------------------------------------------------------------------------------------------

type Rule = (value: unknown) => Issue | null;

export const rules = {
  text(max: number, { required = false, min = 0 } = {}): Rule {
    return (value) => {
      if (value == null) return required ? { code: 'required' } : null;
      const text = String(value);
      if (required && text.trim() === '') return { code: 'required' };
      if (text.length > max) return { code: 'tooLong', max };
      if (min > 0 && text.length > 0 && text.length < min) return { code: 'tooShort', min };
      return null;
    };
  },
  email({ required = false } = {}): Rule {
    return (value) => {
      if (value == null || String(value).trim() === '') return required ? { code: 'required' } : null;
      const text = String(value).trim();
      if (text.length > LIMITS.email) return { code: 'tooLong', max: LIMITS.email };
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? null : { code: 'invalidEmail' };
    };
  },
  color({ required = false } = {}): Rule {
    return (value) => {
      if (value == null || value === '') return required ? { code: 'required' } : null;
      return /^#[0-9a-fA-F]{6}$/.test(String(value)) ? null : { code: 'invalidColor' };
    };
  },
  oneOf(options: readonly string[], { required = false } = {}): Rule {
    return (value) => {
      if (value == null) return required ? { code: 'required' } : null;
      if (value === '' && required) return { code: 'required' };
      return options.includes(String(value)) ? null : { code: 'invalidChoice' };
    };
  },
  number(min: number, max: number, { required = false } = {}): Rule {
    return (value) => {
      if (value == null || value === '') return required ? { code: 'required' } : null;
      const n = Number(value);
      return Number.isFinite(n) && n >= min && n <= max ? null : { code: 'outOfRange', min, max };
    };
  },
};

/**
 * Checks an object against a rule per field. With `partial`, fields that are absent (undefined) are not checked:
 * that is how patches are validated.
 */
export function check<T extends object>(
  input: T,
  fieldRules: Partial<Record<keyof T & string, Rule>>,
  partial = false,
): FieldIssues {
  const issues: FieldIssues = {};
  for (const [field, rule] of Object.entries(fieldRules) as [string, Rule][]) {
    const value = (input as Record<string, unknown>)[field];
    if (partial && value === undefined) continue;
    const issue = rule(value);
    if (issue) issues[field] = issue;
  }
  return issues;
}

// ---- the rule sets of the administration forms ----------------------------------------------------------------

export const passwordRule = rules.text(LIMITS.passwordMax, { required: true, min: LIMITS.passwordMin });

export interface UserFields {
  name?: string | null;
  email?: string | null;
  role?: string | null;
  password?: string | null;
  weeklyHours?: number | null;
  locale?: string | null;
}
export function checkUser(input: UserFields, partial = false): FieldIssues {
  return check(
    input,
    {
      name: rules.text(LIMITS.name, { required: true }),
      email: rules.email({ required: true }),
      role: rules.oneOf(ROLES, { required: true }),
      password: passwordRule,
      weeklyHours: rules.number(0, LIMITS.weeklyHoursMax),
      // Optional when a person is created (Dutch by default); a change cannot take the language away.
      locale: rules.oneOf(LOCALES, { required: partial }),
    },
    partial,
  );
}

export interface NamedColorFields {
  name?: string | null;
  color?: string | null;
}
export function checkNamedColor(input: NamedColorFields, partial = false): FieldIssues {
  return check(
    input,
    { name: rules.text(LIMITS.shortName, { required: true }), color: rules.color({ required: true }) },
    partial,
  );
}

export interface AudienceFields {
  name?: string | null;
}
export function checkAudience(input: AudienceFields, partial = false): FieldIssues {
  return check(input, { name: rules.text(LIMITS.shortName, { required: true }) }, partial);
}

export interface ChannelFields {
  name?: string | null;
  kind?: string | null;
  handle?: string | null;
}
export function checkChannel(input: ChannelFields, partial = false): FieldIssues {
  return check(
    input,
    {
      name: rules.text(LIMITS.shortName, { required: true }),
      kind: rules.oneOf(CHANNEL_KINDS, { required: true }),
      handle: rules.text(LIMITS.handle),
    },
    partial,
  );
}

export interface ChannelProposalFields extends ChannelFields {
  reason?: string | null;
}
/** A proposal names the channel as a channel does, and says why the municipality needs it. */
export function checkChannelProposal(input: ChannelProposalFields): FieldIssues {
  return { ...checkChannel(input), ...check(input, { reason: rules.text(LIMITS.note, { required: true }) }) };
}

/** Declining needs a note, so the proposer learns why; approving may carry one. */
export function checkChannelDecision(input: { approve: boolean; note?: string | null }): FieldIssues {
  return check(input, { note: rules.text(LIMITS.note, { required: !input.approve }) });
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

// ---- what every value of a scalar type must be, whatever the field ----------------------------------------------

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))?$/;
const DATE_RANGE_ISSUE: Issue = { code: 'dateOutOfRange', ...DATE_YEARS };

/** A text PostgreSQL and JSON can keep: no NUL character, no half of a surrogate pair, at most `LIMITS.text` long. */
function textIssue(text: string): Issue | null {
  if (text.includes('\u0000') || LONE_SURROGATE.test(text)) return { code: 'invalidText' };
  return text.length > LIMITS.text ? { code: 'tooLong', max: LIMITS.text } : null;
}

/**
 * Reads an ISO 8601 instant such as `2027-03-01T09:30:00+01:00` or `…T08:30:00.000Z`. A time without an offset is
 * refused rather than guessed as UTC or local time.
 */
export function parseInstant(text: string): Date | Issue {
  const match = INSTANT.exec(text);
  if (!match) return { code: 'invalidDate' };
  const [
    ,
    year,
    month,
    day,
    hour,
    minute,
    second = '0',
    fraction = '0',
    utc,
    sign,
    offsetHours = '0',
    offsetMinutes = '0',
  ] = match;
  if (!utc && !sign) return { code: 'missingOffset' };
  if (
    !isValidDate(`${year}-${month}-${day}`) ||
    +hour > 23 ||
    +minute > 59 ||
    +second > 59 ||
    +offsetHours > 23 ||
    +offsetMinutes > 59
  )
    return { code: 'invalidDate' };
  // Date.UTC reads the years 0–99 as 1900–1999, so the year is bounded before it is used.
  if (+year < DATE_YEARS.from - 1 || +year > DATE_YEARS.to) return DATE_RANGE_ISSUE;
  const offset = (sign === '-' ? -1 : 1) * (+offsetHours * 60 + +offsetMinutes) * 60_000;
  const ms = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second, Math.floor(+`0.${fraction}` * 1000)) - offset;
  if (ms < Date.UTC(DATE_YEARS.from, 0, 1) || ms >= Date.UTC(DATE_YEARS.to, 0, 1)) return DATE_RANGE_ISSUE;
  return new Date(ms);
}

function dateIssue(date: string): Issue | null {
  if (!isValidDate(date)) return { code: 'invalidDate' };
  return date >= `${DATE_YEARS.from}-01-01` && date < `${DATE_YEARS.to}-01-01` ? null : DATE_RANGE_ISSUE;
}

/**
 * The rules every argument and input field of a GraphQL scalar type obeys, checked by the API before any resolver
 * runs: ids are UUIDs, texts are storable, instants carry an offset, instants and dates lie in `DATE_YEARS`.
 */
export const SCALAR_RULES: Readonly<Record<string, Rule>> = {
  ID: (value) => (typeof value === 'string' && isUuid(value) ? null : { code: 'invalidId' }),
  String: (value) => (typeof value === 'string' ? textIssue(value) : null),
  DateTime: (value) => {
    const parsed = typeof value === 'string' ? parseInstant(value) : ({ code: 'invalidDate' } as const);
    return parsed instanceof Date ? null : parsed;
  },
  Date: (value) => (typeof value === 'string' ? dateIssue(value) : { code: 'invalidDate' }),
};
