export interface MonthCounts {
  month: number;
  open: number;
  filled: number;
  skipped: number;
}

/** A rubric's twelve months in order, with zeros for months the server left out. */
export function twelveMonths(months: readonly MonthCounts[]): MonthCounts[] {
  return Array.from({ length: 12 }, (_, i) => {
    const found = months.find((m) => m.month === i + 1);
    return { month: i + 1, open: found?.open ?? 0, filled: found?.filled ?? 0, skipped: found?.skipped ?? 0 };
  });
}

/** The totals per month over all rubrics. */
export function monthTotals(rows: readonly { months: readonly MonthCounts[] }[]): MonthCounts[] {
  const totals = twelveMonths([]);
  for (const row of rows) {
    for (const month of twelveMonths(row.months)) {
      const total = totals[month.month - 1];
      total.open += month.open;
      total.filled += month.filled;
      total.skipped += month.skipped;
    }
  }
  return totals;
}
