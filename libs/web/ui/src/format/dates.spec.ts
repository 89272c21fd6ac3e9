import { formatDate, formatDateTime, formatLocalDate, formatTime, monthNames } from './dates';

describe('dates on the organisation clock', () => {
  it('shows an instant in Amsterdam time with Dutch or English day and month names', () => {
    // 09:00 UTC is 10:00 in Amsterdam in winter (CET) …
    expect(formatDateTime('2026-02-06T09:00:00Z', 'nl')).toBe('vrijdag 6 februari 2026 om 10:00');
    expect(formatDateTime('2026-02-06T09:00:00Z', 'en')).toBe('Friday 6 February 2026 at 10:00');
    // … and 08:00 UTC is 10:00 in summer (CEST).
    expect(formatTime('2026-07-03T08:00:00Z', 'nl')).toBe('10:00');
  });

  it('puts a late-evening UTC instant on the next Amsterdam day', () => {
    expect(formatDate('2026-03-05T23:30:00Z', 'nl', { weekday: false })).toBe('6 maart 2026');
  });

  it('shows a calendar date without shifting it', () => {
    expect(formatLocalDate('2026-06-14', 'nl')).toBe('zondag 14 juni 2026');
  });

  it('names the twelve months', () => {
    expect(monthNames('nl')[0]).toBe('januari');
    expect(monthNames('en', 'short')[0]).toBe('Jan');
    expect(monthNames('nl')).toHaveLength(12);
  });
});
