import {
  addMonths,
  dayAfterKey,
  itemsByDay,
  monthGrid,
  stepAnchor,
  visibleDates,
  visibleInCell,
  weekDays,
} from './calendar-grid';

describe('the month grid', () => {
  it('starts on the Monday on or before the first and ends on the Sunday on or after the last day', () => {
    const weeks = monthGrid('2026-11-22');
    expect(weeks[0][0]).toBe('2026-10-26');
    expect(weeks[weeks.length - 1][6]).toBe('2026-12-06');
    expect(weeks).toHaveLength(6);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('has four weeks for a February that starts on a Monday', () => {
    expect(monthGrid('2027-02-10')).toHaveLength(4);
    expect(monthGrid('2027-02-10')[0][0]).toBe('2027-02-01');
  });

  it('covers the same range as the query asks for', () => {
    expect(visibleDates('month', '2026-11-05')).toEqual({ from: '2026-10-26', to: '2026-12-07' });
    expect(visibleDates('week', '2026-11-22')).toEqual({ from: '2026-11-16', to: '2026-11-23' });
    expect(visibleDates('list', '2026-12-31')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
  });
});

describe('weeks start on Monday', () => {
  it('gives Monday to Sunday around a Sunday', () => {
    expect(weekDays('2026-11-22')).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
  });
});

describe('stepping and keys', () => {
  it('clamps a month step to the shorter month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('steps a month in month and list view and a week in week view', () => {
    expect(stepAnchor('month', '2026-11-22', 1)).toBe('2026-12-22');
    expect(stepAnchor('list', '2026-11-22', -1)).toBe('2026-10-22');
    expect(stepAnchor('week', '2026-11-22', 1)).toBe('2026-11-29');
  });

  it('moves a day with left and right, a week with up and down, and ignores other keys', () => {
    expect(dayAfterKey('2026-11-30', 'ArrowRight')).toBe('2026-12-01');
    expect(dayAfterKey('2026-11-02', 'ArrowLeft')).toBe('2026-11-01');
    expect(dayAfterKey('2026-11-25', 'ArrowDown')).toBe('2026-12-02');
    expect(dayAfterKey('2026-11-25', 'ArrowUp')).toBe('2026-11-18');
    expect(dayAfterKey('2026-11-25', 'Home')).toBe('2026-11-23');
    expect(dayAfterKey('2026-11-25', 'End')).toBe('2026-11-29');
    expect(dayAfterKey('2026-11-25', 'a')).toBeNull();
  });
});

describe('placing items on days', () => {
  const item = (key: string, firstDay: string, lastDay: string, startsAt: string, allDay = false) => ({
    key,
    kind: 'event' as const,
    firstDay,
    lastDay,
    startsAt,
    allDay,
  });

  it('puts a multi-day item on every day it covers, capped to the range', () => {
    const days = itemsByDay(
      [item('a', '2026-10-20', '2026-10-28', '2026-10-20T08:00:00Z', true)],
      '2026-10-26',
      '2026-12-07',
    );
    expect([...days.keys()]).toEqual(['2026-10-26', '2026-10-27', '2026-10-28']);
  });

  it('orders a day: all-day first, then by start time', () => {
    const days = itemsByDay(
      [
        item('late', '2026-11-24', '2026-11-24', '2026-11-24T15:00:00Z'),
        item('all', '2026-11-24', '2026-11-24', '2026-11-23T23:00:00Z', true),
        item('early', '2026-11-24', '2026-11-24', '2026-11-24T07:00:00Z'),
      ],
      '2026-11-23',
      '2026-11-30',
    );
    expect(days.get('2026-11-24')?.map((entry) => entry.key)).toEqual(['all', 'early', 'late']);
  });

  it('shows all items that fit and otherwise one line less plus "more"', () => {
    expect(visibleInCell([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], hidden: 0 });
    expect(visibleInCell([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2], hidden: 3 });
  });
});
