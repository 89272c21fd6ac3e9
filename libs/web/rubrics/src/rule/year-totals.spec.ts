import { monthTotals, parseMonthStart, shiftMonths, twelveMonths, windowMonths } from './year-totals';

const december = { year: 2031, month: 12 };

describe('the year overview', () => {
  it('shows the coming twelve months across the turn of the year, not the calendar year', () => {
    expect(windowMonths(december).map((m) => `${m.year}-${m.month}`)).toEqual([
      '2031-12',
      ...Array.from({ length: 11 }, (_, i) => `2032-${i + 1}`),
    ]);
    expect(shiftMonths(december, 12)).toEqual({ year: 2032, month: 12 });
    expect(shiftMonths({ year: 2032, month: 1 }, -1)).toEqual(december);
  });

  it('always has twelve months, with zeros where there are no slots', () => {
    const months = twelveMonths(
      [
        { year: 2032, month: 3, open: 2, filled: 1, skipped: 0 },
        { year: 2031, month: 3, open: 9, filled: 9, skipped: 9 },
      ],
      december,
    );
    expect(months).toHaveLength(12);
    expect(months[3]).toEqual({ year: 2032, month: 3, open: 2, filled: 1, skipped: 0 });
    expect(months[0]).toEqual({ year: 2031, month: 12, open: 0, filled: 0, skipped: 0 });
  });

  it('adds up every rubric per month', () => {
    const totals = monthTotals(
      [
        { months: [{ year: 2031, month: 12, open: 2, filled: 1, skipped: 0 }] },
        {
          months: [
            { year: 2031, month: 12, open: 1, filled: 0, skipped: 1 },
            { year: 2032, month: 11, open: 4, filled: 0, skipped: 0 },
          ],
        },
      ],
      december,
    );
    expect(totals[0]).toEqual({ year: 2031, month: 12, open: 3, filled: 1, skipped: 1 });
    expect(totals[11]).toEqual({ year: 2032, month: 11, open: 4, filled: 0, skipped: 0 });
  });

  it('reads the first month from the address, or nothing', () => {
    expect(parseMonthStart('2031-12')).toEqual(december);
    expect(parseMonthStart('2031-13')).toBeNull();
    expect(parseMonthStart('december')).toBeNull();
  });
});
