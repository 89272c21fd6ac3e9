export interface MonthCounts {
  year: number;
  month: number;
  open: number;
  filled: number;
  skipped: number;
}

/** The first month of a twelve-month window, as year and month (1–12). */
export interface MonthStart {
  year: number;
  month: number;
}

/** The window's twelve months in order, each with its own year. */
export function windowMonths(start: MonthStart): MonthStart[] {
  return Array.from({ length: 12 }, (_, i) => {
    const index = start.month - 1 + i;
    return { year: start.year + Math.floor(index / 12), month: (index % 12) + 1 };
  });
}

/** Moves a window start by a number of months. */
export function shiftMonths(start: MonthStart, months: number): MonthStart {
  const index = start.year * 12 + start.month - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** `2026-12` ⇄ { year: 2026, month: 12 }; anything else is null. */
export function parseMonthStart(value: string | null): MonthStart | null {
  const match = value?.match(/^(\d{4})-(\d{2})$/);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= 2000 && year <= 2100 && month >= 1 && month <= 12 ? { year, month } : null;
}
export const formatMonthStart = ({ year, month }: MonthStart) => `${year}-${String(month).padStart(2, '0')}`;

/** A rubric's twelve months of the window in order, with zeros for months the server left out. */
export function twelveMonths(months: readonly MonthCounts[], start: MonthStart): MonthCounts[] {
  return windowMonths(start).map(({ year, month }) => {
    const found = months.find((m) => m.year === year && m.month === month);
    return { year, month, open: found?.open ?? 0, filled: found?.filled ?? 0, skipped: found?.skipped ?? 0 };
  });
}

/** The totals per month of the window over all rubrics. */
export function monthTotals(rows: readonly { months: readonly MonthCounts[] }[], start: MonthStart): MonthCounts[] {
  const totals = twelveMonths([], start);
  for (const row of rows) {
    twelveMonths(row.months, start).forEach((month, i) => {
      totals[i].open += month.open;
      totals[i].filled += month.filled;
      totals[i].skipped += month.skipped;
    });
  }
  return totals;
}
