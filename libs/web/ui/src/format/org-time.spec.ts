import { daysBetween, orgTime } from './org-time';

const amsterdam = orgTime('Europe/Amsterdam');

describe('organisation time (Europe/Amsterdam)', () => {
  it("reads the day and time on the Amsterdam clock, not the browser's", () => {
    expect(amsterdam.dateOf('2026-11-23T23:30:00Z')).toBe('2026-11-24');
    expect(amsterdam.timeOf('2026-11-23T23:30:00Z')).toBe('00:30');
    expect(amsterdam.timeOf('2026-07-01T08:00:00Z')).toBe('10:00');
  });

  it('keeps the time of day when moving across the change to winter time', () => {
    // 10:00 summer time (08:00Z) on Friday 23 October 2026 → 10:00 winter time (09:00Z) a week later.
    expect(amsterdam.shiftByDays('2026-10-23T08:00:00.000Z', 7)).toBe('2026-10-30T09:00:00.000Z');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-11-30', '2026-12-02')).toBe(2);
    expect(daysBetween('2026-12-02', '2026-11-30')).toBe(-2);
  });
});

describe('the organisation clock in a date-and-time field', () => {
  it('shows an instant in Amsterdam summer time', () => {
    expect(amsterdam.toLocalInput('2026-06-14T08:00:00.000Z')).toBe('2026-06-14T10:00');
  });

  it('shows an instant in Amsterdam winter time', () => {
    expect(amsterdam.toLocalInput('2026-01-10T08:30:00.000Z')).toBe('2026-01-10T09:30');
  });

  it('reads a field value back as the same instant', () => {
    expect(amsterdam.fromLocalInput('2026-06-14T10:00')).toBe('2026-06-14T08:00:00.000Z');
  });

  it('gives nothing for an empty or broken value', () => {
    expect(amsterdam.toLocalInput(null)).toBe('');
    expect(amsterdam.fromLocalInput('')).toBeNull();
    expect(amsterdam.fromLocalInput('14-06-2026 10:00')).toBeNull();
  });

  it('puts a late-evening UTC instant on the next Amsterdam day', () => {
    expect(amsterdam.dateOf('2026-06-14T22:30:00.000Z')).toBe('2026-06-15');
  });
});

describe('another organisation zone (America/Kralendijk, UTC−4 all year)', () => {
  const kralendijk = orgTime('America/Kralendijk');

  it('reads and writes times on that clock', () => {
    expect(kralendijk.timeOf('2026-07-01T14:00:00Z')).toBe('10:00');
    expect(kralendijk.dateOf('2026-07-01T02:00:00Z')).toBe('2026-06-30');
    expect(kralendijk.fromLocalInput('2026-06-14T10:00')).toBe('2026-06-14T14:00:00.000Z');
    expect(kralendijk.instantAt('2026-12-01', '10:00').toISOString()).toBe('2026-12-01T14:00:00.000Z');
  });
});
