import { dateOf, daysBetween, shiftByDays, timeOf } from './org-time';

describe('organisation time (Europe/Amsterdam)', () => {
  it('reads the day and time on the Amsterdam clock, not the browser\'s', () => {
    expect(dateOf('2026-11-23T23:30:00Z')).toBe('2026-11-24');
    expect(timeOf('2026-11-23T23:30:00Z')).toBe('00:30');
    expect(timeOf('2026-07-01T08:00:00Z')).toBe('10:00');
  });

  it('keeps the time of day when moving across the change to winter time', () => {
    // 10:00 summer time (08:00Z) on Friday 23 October 2026 → 10:00 winter time (09:00Z) a week later.
    expect(shiftByDays('2026-10-23T08:00:00.000Z', 7)).toBe('2026-10-30T09:00:00.000Z');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-11-30', '2026-12-02')).toBe(2);
    expect(daysBetween('2026-12-02', '2026-11-30')).toBe(-2);
  });
});
