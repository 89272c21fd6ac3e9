import type { Locale } from './roles';
import { LOCALES, ROLES } from './roles';
import { CHANNEL_KINDS } from './channels';

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
  | { code: 'notAllowed' };

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
} as const;

const MESSAGES: Record<Locale, (issue: Issue) => string> = {
  nl: (issue) => {
    switch (issue.code) {
      case 'required': return 'Vul dit veld in.';
      case 'tooLong': return `Maximaal ${issue.max} tekens.`;
      case 'tooShort': return `Minimaal ${issue.min} tekens.`;
      case 'invalidEmail': return 'Dit is geen geldig e-mailadres.';
      case 'invalidColor': return 'Gebruik een kleur als #1a6b8f.';
      case 'invalidChoice': return 'Kies een van de mogelijkheden.';
      case 'outOfRange': return `Kies een getal van ${issue.min} tot en met ${issue.max}.`;
      case 'taken': return 'Deze waarde is al in gebruik.';
      case 'notFound': return 'Dit bestaat niet (meer).';
      case 'wrongPassword': return 'Het huidige wachtwoord klopt niet.';
      case 'invalidDate': return 'Dit is geen geldige datum of tijd.';
      case 'endBeforeStart': return 'Het einde ligt voor het begin.';
      case 'invalidRule': return 'Dit is geen geldige herhaalregel (RRULE), zoals FREQ=WEEKLY;BYDAY=TU.';
      case 'invalidTime': return 'Gebruik een tijd als 09:30.';
      case 'rangeTooLong': return `Kies een periode van hoogstens ${issue.maxDays} dagen.`;
      case 'notAllowed': return 'Dit kan hier niet.';
    }
  },
  en: (issue) => {
    switch (issue.code) {
      case 'required': return 'This field is required.';
      case 'tooLong': return `At most ${issue.max} characters.`;
      case 'tooShort': return `At least ${issue.min} characters.`;
      case 'invalidEmail': return 'This is not a valid e-mail address.';
      case 'invalidColor': return 'Use a colour like #1a6b8f.';
      case 'invalidChoice': return 'Choose one of the options.';
      case 'outOfRange': return `Choose a number from ${issue.min} to ${issue.max}.`;
      case 'taken': return 'This value is already in use.';
      case 'notFound': return 'This does not exist (any more).';
      case 'wrongPassword': return 'The current password is not correct.';
      case 'invalidDate': return 'This is not a valid date or time.';
      case 'endBeforeStart': return 'The end lies before the start.';
      case 'invalidRule': return 'This is not a valid recurrence rule (RRULE), such as FREQ=WEEKLY;BYDAY=TU.';
      case 'invalidTime': return 'Use a time like 09:30.';
      case 'rangeTooLong': return `Choose a period of at most ${issue.maxDays} days.`;
      case 'notAllowed': return 'This is not possible here.';
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
      if (value == null || value === '') return required ? { code: 'required' } : null;
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
export function check<T extends object>(input: T, fieldRules: Partial<Record<keyof T & string, Rule>>, partial = false): FieldIssues {
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

export interface UserFields { name?: string | null; email?: string | null; role?: string | null; password?: string | null; weeklyHours?: number | null; locale?: string | null }
export function checkUser(input: UserFields, partial = false): FieldIssues {
  return check(input, {
    name: rules.text(LIMITS.name, { required: true }),
    email: rules.email({ required: true }),
    role: rules.oneOf(ROLES, { required: true }),
    password: passwordRule,
    weeklyHours: rules.number(0, LIMITS.weeklyHoursMax),
    locale: rules.oneOf(LOCALES),
  }, partial);
}

export interface NamedColorFields { name?: string | null; color?: string | null }
export function checkNamedColor(input: NamedColorFields, partial = false): FieldIssues {
  return check(input, { name: rules.text(LIMITS.shortName, { required: true }), color: rules.color({ required: true }) }, partial);
}

export interface AudienceFields { name?: string | null }
export function checkAudience(input: AudienceFields, partial = false): FieldIssues {
  return check(input, { name: rules.text(LIMITS.shortName, { required: true }) }, partial);
}

export interface ChannelFields { name?: string | null; kind?: string | null; handle?: string | null }
export function checkChannel(input: ChannelFields, partial = false): FieldIssues {
  return check(input, {
    name: rules.text(LIMITS.shortName, { required: true }),
    kind: rules.oneOf(CHANNEL_KINDS, { required: true }),
    handle: rules.text(LIMITS.handle),
  }, partial);
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
