import { formats } from './formats';

const amsterdam = { nl: formats('nl', 'Europe/Amsterdam'), en: formats('en', 'Europe/Amsterdam') };

describe('dates on the organisation clock', () => {
  it('shows an instant in Amsterdam time with Dutch or English day and month names', () => {
    // 09:00 UTC is 10:00 in Amsterdam in winter (CET) …
    expect(amsterdam.nl.formatDateTime('2026-02-06T09:00:00Z')).toBe('vrijdag 6 februari 2026 om 10:00');
    expect(amsterdam.en.formatDateTime('2026-02-06T09:00:00Z')).toBe('Friday 6 February 2026 at 10:00');
    // … and 08:00 UTC is 10:00 in summer (CEST).
    expect(amsterdam.nl.formatTime('2026-07-03T08:00:00Z')).toBe('10:00');
  });

  it('puts a late-evening UTC instant on the next Amsterdam day', () => {
    expect(amsterdam.nl.formatDate('2026-03-05T23:30:00Z', { weekday: false })).toBe('6 maart 2026');
  });

  it('shows the same instant in the zone the server reports, such as the Caribbean Netherlands', () => {
    const kralendijk = formats('nl', 'America/Kralendijk');
    expect(kralendijk.formatDateTime('2026-02-06T14:00:00Z')).toBe('vrijdag 6 februari 2026 om 10:00');
    expect(kralendijk.formatDate('2026-03-06T02:30:00Z', { weekday: false })).toBe('5 maart 2026');
  });

  it('shows a calendar date without shifting it, in any zone', () => {
    expect(amsterdam.nl.formatLocalDate('2026-06-14')).toBe('zondag 14 juni 2026');
    expect(formats('nl', 'Pacific/Kiritimati').formatLocalDate('2026-06-14')).toBe('zondag 14 juni 2026');
    expect(amsterdam.nl.formatDayMonth('2026-12-14', 'short')).toBe('14 dec');
    expect(amsterdam.en.formatMonthYear('2026-12-14')).toBe('December 2026');
    expect(amsterdam.nl.formatWeekday('2026-12-14')).toBe('maandag');
  });

  it('names the twelve months', () => {
    expect(amsterdam.nl.monthNames()[0]).toBe('januari');
    expect(amsterdam.en.monthNames('short')[0]).toBe('Jan');
    expect(amsterdam.nl.monthNames()).toHaveLength(12);
  });

  it('writes numbers the Dutch way in Dutch', () => {
    expect(amsterdam.nl.formatNumber(63206)).toBe('63.206');
    expect(amsterdam.en.formatNumber(63206)).toBe('63,206');
  });
});

describe('all-day items and deadlines', () => {
  it('shows an all-day item by its day, never as midnight', () => {
    expect(amsterdam.nl.formatStart({ startsAt: '2026-12-01T23:00:00Z', allDay: true, startDate: '2026-12-02' })).toBe(
      'woensdag 2 december 2026',
    );
    // Without its calendar date the day is read on the organisation's clock.
    expect(amsterdam.nl.formatStart({ startsAt: '2026-12-01T23:00:00Z', allDay: true })).toBe(
      'woensdag 2 december 2026',
    );
    expect(amsterdam.nl.formatStart({ startsAt: '2026-12-02T09:30:00Z', allDay: false })).toBe(
      'woensdag 2 december 2026 om 10:30',
    );
    expect(
      amsterdam.en.formatStart(
        { startsAt: '2026-12-01T23:00:00Z', allDay: true, startDate: '2026-12-02' },
        { weekday: false },
      ),
    ).toBe('2 December 2026');
  });

  it('writes a deadline as a day without its clock time', () => {
    expect(amsterdam.nl.formatDeadline('2026-12-04T21:21:00Z')).toBe('vrijdag 4 december 2026');
    expect(amsterdam.nl.formatDeadline('2026-12-04T23:30:00Z')).toBe('zaterdag 5 december 2026');
  });

  it('writes shares as whole percentages', () => {
    expect(amsterdam.nl.formatPercent(0.25)).toBe('25%');
    expect(amsterdam.en.formatPercent(0.333)).toBe('33%');
  });

  it('writes euro cents as euros the way each language does', () => {
    expect(amsterdam.nl.formatEuros(150_000).replace(/\s/g, ' ')).toBe('€ 1.500,00');
    expect(amsterdam.en.formatEuros(2_550)).toBe('€25.50');
  });
});
