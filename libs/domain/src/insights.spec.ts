import { adsWarning, reportRange, reportYear } from './insights';

describe('reportRange', () => {
  const at = (iso: string) => new Date(iso);

  it('takes a month and a year', () => {
    expect(reportRange(at('2032-03-01T00:00:00+01:00'), at('2032-04-01T00:00:00+02:00'))).toEqual({});
    expect(reportRange(at('2032-01-01T00:00:00+01:00'), at('2033-01-01T00:00:00+01:00'))).toEqual({});
  });

  it('refuses an end at or before the start, and a period longer than 400 days', () => {
    expect(reportRange(at('2032-03-01T00:00:00Z'), at('2032-03-01T00:00:00Z'))).toEqual({
      to: { code: 'endBeforeStart' },
    });
    expect(reportRange(at('2032-01-01T00:00:00Z'), at('2033-02-05T00:00:01Z'))).toEqual({
      to: { code: 'rangeTooLong', maxDays: 400 },
    });
  });
});

describe('reportYear', () => {
  it('takes the years a budget can be set for', () => {
    expect(reportYear(2032)).toEqual({});
    expect(reportYear(1999)).toEqual({ year: { code: 'outOfRange', min: 2000, max: 2100 } });
  });
});

describe('adsWarning', () => {
  const figures = (plannedCents: number, committedCents: number, spentCents: number) => ({
    plannedCents,
    committedCents,
    spentCents,
  });

  it('warns from 80 % and from 100 % of the budget of what the campaigns may cost', () => {
    expect(adsWarning(10_000, figures(3_000, 4_999, 0))).toBe('NONE');
    expect(adsWarning(10_000, figures(3_000, 5_000, 0))).toBe('NEAR_LIMIT');
    expect(adsWarning(10_000, figures(5_000, 5_000, 0))).toBe('OVER_LIMIT');
  });

  it('counts what was spent when that is more than the budgets', () => {
    expect(adsWarning(10_000, figures(0, 1_000, 8_000))).toBe('NEAR_LIMIT');
    expect(adsWarning(10_000, figures(0, 1_000, 10_000))).toBe('OVER_LIMIT');
  });

  it('does not warn without a budget or without ads', () => {
    expect(adsWarning(null, figures(0, 50_000, 0))).toBe('NONE');
    expect(adsWarning(0, figures(0, 0, 0))).toBe('NONE');
  });
});
