import type { Locale } from '@planbord/domain';
import { parseRule, WEEKDAYS, type Ordinal, type RuleBuilderState, type Weekday } from './rule-builder';

const DAY_NAMES: Record<Locale, Record<Weekday, string>> = {
  nl: { MO: 'maandag', TU: 'dinsdag', WE: 'woensdag', TH: 'donderdag', FR: 'vrijdag', SA: 'zaterdag', SU: 'zondag' },
  en: { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' },
};

const ORDINAL_NAMES: Record<Locale, Record<Ordinal, string>> = {
  nl: { 1: 'eerste', 2: 'tweede', 3: 'derde', 4: 'vierde', [-1]: 'laatste' },
  en: { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' },
};

export function dayName(day: Weekday, locale: Locale): string {
  return DAY_NAMES[locale][day];
}

export function ordinalName(ordinal: Ordinal, locale: Locale): string {
  return ORDINAL_NAMES[locale][ordinal];
}

/** "maandag, woensdag en vrijdag" / "Monday, Wednesday and Friday". */
function list(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const and = locale === 'nl' ? 'en' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** 1st, 2nd, 3rd, 4th, 11th, 21st, … */
export function englishOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function sameDays(days: readonly Weekday[], expected: readonly Weekday[]): boolean {
  return days.length === expected.length && expected.every((day) => days.includes(day));
}

/** The rule in words, without the time: "eerste vrijdag van de maand", "every 2 weeks on Monday and Thursday". */
export function describeBuilder(state: RuleBuilderState, locale: Locale): string {
  const nl = locale === 'nl';
  switch (state.kind) {
    case 'weekly': {
      let days: string;
      if (sameDays(state.days, WEEKDAYS)) days = nl ? 'dag' : 'day';
      else if (sameDays(state.days, WEEKDAYS.slice(0, 5))) days = nl ? 'werkdag' : 'weekday';
      else
        days = list(
          state.days.map((day) => dayName(day, locale)),
          locale,
        );
      if (state.interval <= 1) return nl ? `elke ${days}` : `every ${days}`;
      return nl ? `om de ${state.interval} weken op ${days}` : `every ${state.interval} weeks on ${days}`;
    }
    case 'monthlyWeekday':
      return nl
        ? `${ordinalName(state.ordinal, locale)} ${dayName(state.day, locale)} van de maand`
        : `${ordinalName(state.ordinal, locale)} ${dayName(state.day, locale)} of the month`;
    case 'monthlyDay':
      return nl ? `elke maand op de ${state.monthDay}e` : `every month on the ${englishOrdinal(state.monthDay)}`;
    case 'lastWorkday':
      return nl ? 'laatste werkdag van de maand' : 'last weekday of the month';
  }
}

/**
 * A rubric's rule in words with its time, such as "elke dinsdag om 10:00" or "first Friday of the month at 10:00";
 * null when the rule is one the builder does not know (show the raw rule then).
 */
export function describeRule(rrule: string, time: string | null | undefined, locale: Locale): string | null {
  const state = parseRule(rrule);
  if (!state) return null;
  const words = describeBuilder(state, locale);
  if (!time) return words;
  return `${words} ${locale === 'nl' ? 'om' : 'at'} ${time}`;
}
