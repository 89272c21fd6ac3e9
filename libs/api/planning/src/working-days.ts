import Holidays from 'date-holidays';

const cache = new Map<string, Set<string>>();

/** Public holidays of the Netherlands or Belgium, as `YYYY-MM-DD`, from a maintained holiday library. */
export function isPublicHoliday(country: string, date: string): boolean {
  const year = date.slice(0, 4);
  const key = `${country}-${year}`;
  let days = cache.get(key);
  if (!days) {
    const holidays = new Holidays(country);
    days = new Set(holidays.getHolidays(Number(year)).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    cache.set(key, days);
  }
  return days.has(date);
}
