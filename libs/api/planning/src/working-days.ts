import Holidays from 'date-holidays';

const cache = new Map<string, Set<string>>();

/** Public holidays of the Netherlands or Belgium, as `YYYY-MM-DD`, from a maintained holiday library. */
export function isPublicHoliday(country: string, date: string): boolean {
  const year = date.slice(0, 4);
  const key = `${country}-${year}`;
  let days = cache.get(key);
  if (!days) {
    const holidays = new Holidays(country);
    days = new Set(
      holidays
        .getHolidays(Number(year))
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    cache.set(key, days);
  }
  return days.has(date);
}

export interface PublicHoliday {
  date: string;
  name: string;
}

/** The public holidays of the country from `from` to `to` (both `YYYY-MM-DD`, inclusive), named in the language asked. */
export function publicHolidays(country: string, from: string, to: string, language: string): PublicHoliday[] {
  const holidays = new Holidays(country, { languages: [language] });
  const found: PublicHoliday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const holiday of holidays.getHolidays(year, language)) {
      const date = holiday.date.slice(0, 10);
      if (holiday.type === 'public' && date >= from && date <= to) found.push({ date, name: holiday.name });
    }
  }
  return found;
}
