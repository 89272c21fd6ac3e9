import { orgTime } from '@planbord/web-ui';
import {
  customPeriodProblem,
  monthKey,
  monthPeriod,
  parseMonth,
  parsePeriod,
  periodDays,
  periodParam,
  periodRange,
  previousPeriod,
  quarterPeriod,
  shiftPeriod,
  yearPeriod,
} from './period';

describe('periods of the reports', () => {
  it('makes months of their own length, February of a leap year included', () => {
    expect(monthPeriod(2032, 2)).toEqual({ kind: 'month', first: '2032-02-01', last: '2032-02-29' });
    expect(monthPeriod(2034, 2).last).toBe('2034-02-28');
    expect(monthPeriod(2034, 12)).toEqual({ kind: 'month', first: '2034-12-01', last: '2034-12-31' });
  });

  it('makes quarters and years', () => {
    expect(quarterPeriod(2034, 1)).toEqual({ kind: 'quarter', first: '2034-01-01', last: '2034-03-31' });
    expect(quarterPeriod(2034, 4)).toEqual({ kind: 'quarter', first: '2034-10-01', last: '2034-12-31' });
    expect(yearPeriod(2034)).toEqual({ kind: 'year', first: '2034-01-01', last: '2034-12-31' });
    expect(periodDays(yearPeriod(2032))).toBe(366);
  });

  it('compares with the period of the same kind just before, across the turn of the year', () => {
    expect(previousPeriod(monthPeriod(2034, 1))).toEqual(monthPeriod(2033, 12));
    expect(previousPeriod(monthPeriod(2034, 3))).toEqual(monthPeriod(2034, 2));
    expect(previousPeriod(quarterPeriod(2034, 1))).toEqual(quarterPeriod(2033, 4));
    expect(previousPeriod(quarterPeriod(2034, 3))).toEqual(quarterPeriod(2034, 2));
    expect(previousPeriod(yearPeriod(2034))).toEqual(yearPeriod(2033));
    expect(shiftPeriod(quarterPeriod(2034, 4), 1)).toEqual(quarterPeriod(2035, 1));
    expect(shiftPeriod(monthPeriod(2034, 12), 1)).toEqual(monthPeriod(2035, 1));
  });

  it('compares own dates with as many days just before them', () => {
    const custom = { kind: 'custom' as const, first: '2034-03-10', last: '2034-03-23' };
    expect(previousPeriod(custom)).toEqual({ kind: 'custom', first: '2034-02-24', last: '2034-03-09' });
    expect(periodDays(previousPeriod(custom))).toBe(periodDays(custom));
    expect(shiftPeriod(custom, 1)).toEqual({ kind: 'custom', first: '2034-03-24', last: '2034-04-06' });
  });

  it('reads back every period from its address form and refuses anything else', () => {
    const periods = [
      monthPeriod(2034, 11),
      quarterPeriod(2034, 2),
      yearPeriod(2034),
      { kind: 'custom' as const, first: '2034-03-01', last: '2034-03-15' },
    ];
    for (const period of periods) expect(parsePeriod(periodParam(period))).toEqual(period);
    expect(periodParam(quarterPeriod(2034, 2))).toBe('2034-K2');
    for (const wrong of ['', '2034-13', '2034-00', '2034-K5', '1899', '2034-03-15_2034-03-01', '2034-02-30_2034-03-01'])
      expect(parsePeriod(wrong)).toBeNull();
    expect(parsePeriod(null)).toBeNull();
  });

  it('reads a month of the print view and names the month of a month period only', () => {
    expect(parseMonth('2034-11')).toEqual(monthPeriod(2034, 11));
    expect(parseMonth('2034-1')).toBeNull();
    expect(parseMonth('november')).toBeNull();
    expect(monthKey(monthPeriod(2034, 11))).toBe('2034-11');
    expect(monthKey(quarterPeriod(2034, 4))).toBeNull();
  });

  it('says what is wrong with own dates', () => {
    expect(customPeriodProblem('2034-03-01', '2034-03-01')).toBeNull();
    expect(customPeriodProblem('2034-03-02', '2034-03-01')).toBe('order');
    expect(customPeriodProblem('2034-02-30', '2034-03-01')).toBe('invalid');
    expect(customPeriodProblem('2030-01-01', '2036-01-01')).toBe('tooLong');
  });

  it('asks the API for whole days on the organisation’s clock, also for a month that changes to summer time', () => {
    const amsterdam = orgTime('Europe/Amsterdam');
    // March 2034: winter time (UTC+1) at its start, summer time (UTC+2) from the 26th on.
    expect(periodRange(monthPeriod(2034, 3), amsterdam)).toEqual({
      from: '2034-02-28T23:00:00.000Z',
      to: '2034-03-31T22:00:00.000Z',
    });
    // October 2034 goes back to winter time on the 29th.
    expect(periodRange(monthPeriod(2034, 10), amsterdam)).toEqual({
      from: '2034-09-30T22:00:00.000Z',
      to: '2034-10-31T23:00:00.000Z',
    });
    expect(periodRange(yearPeriod(2034), orgTime('UTC'))).toEqual({
      from: '2034-01-01T00:00:00.000Z',
      to: '2035-01-01T00:00:00.000Z',
    });
  });
});
