import { monthTotals, twelveMonths } from './year-totals';

describe('the year overview', () => {
  it('always has twelve months, with zeros where there are no slots', () => {
    const months = twelveMonths([{ month: 3, open: 2, filled: 1, skipped: 0 }]);
    expect(months).toHaveLength(12);
    expect(months[2]).toEqual({ month: 3, open: 2, filled: 1, skipped: 0 });
    expect(months[0]).toEqual({ month: 1, open: 0, filled: 0, skipped: 0 });
  });

  it('adds up every rubric per month', () => {
    const totals = monthTotals([
      { months: [{ month: 1, open: 2, filled: 1, skipped: 0 }] },
      { months: [{ month: 1, open: 1, filled: 0, skipped: 1 }, { month: 12, open: 4, filled: 0, skipped: 0 }] },
    ]);
    expect(totals[0]).toEqual({ month: 1, open: 3, filled: 1, skipped: 1 });
    expect(totals[11]).toEqual({ month: 12, open: 4, filled: 0, skipped: 0 });
  });
});
