import fc from 'fast-check';
import { checkRrule, expandRecurrence, isSameRubric } from './recurrence';
import { localDateOf, toWallMs } from './time';

const AMS = 'Europe/Amsterdam';
const local = (d: Date) => new Date(toWallMs(d, AMS)).toISOString().slice(0, 16).replace('T', ' ');

describe('rubric recurrence', () => {
  it('puts "first Friday of the month at 10:00" on exactly the right dates for a year, in local time across DST', () => {
    const dates = expandRecurrence(
      { rrule: 'FREQ=MONTHLY;BYDAY=1FR', startsOn: '2026-01-01', time: '10:00' },
      '2026-01-01',
      '2026-12-31',
      AMS,
    );
    expect(dates.map(local)).toEqual([
      '2026-01-02 10:00',
      '2026-02-06 10:00',
      '2026-03-06 10:00',
      '2026-04-03 10:00',
      '2026-05-01 10:00',
      '2026-06-05 10:00',
      '2026-07-03 10:00',
      '2026-08-07 10:00',
      '2026-09-04 10:00',
      '2026-10-02 10:00',
      '2026-11-06 10:00',
      '2026-12-04 10:00',
    ]);
    expect(dates[2].toISOString()).toBe('2026-03-06T09:00:00.000Z'); // CET
    expect(dates[3].toISOString()).toBe('2026-04-03T08:00:00.000Z'); // CEST
  });

  it('gives the same instants whatever the server time zone is', () => {
    // The test run is repeated under TZ=UTC and TZ=Europe/Amsterdam; the expected values are absolute.
    const dates = expandRecurrence(
      { rrule: 'FREQ=WEEKLY;BYDAY=TU', startsOn: '2026-03-17', time: '09:00' },
      '2026-03-17',
      '2026-04-07',
      AMS,
    );
    expect(dates.map((d) => d.toISOString())).toEqual([
      '2026-03-17T08:00:00.000Z',
      '2026-03-24T08:00:00.000Z',
      '2026-03-31T07:00:00.000Z',
      '2026-04-07T07:00:00.000Z',
    ]);
  });

  it('moves an occurrence in the spring-forward gap forward, and takes the first one in the autumn overlap', () => {
    const gap = expandRecurrence(
      { rrule: 'FREQ=DAILY', startsOn: '2026-03-28', time: '02:30' },
      '2026-03-28',
      '2026-03-30',
      AMS,
    );
    expect(gap.map(local)).toEqual(['2026-03-28 02:30', '2026-03-29 03:30', '2026-03-30 02:30']);
    const overlap = expandRecurrence(
      { rrule: 'FREQ=DAILY', startsOn: '2026-10-25', time: '02:30' },
      '2026-10-25',
      '2026-10-25',
      AMS,
    );
    expect(overlap.map((d) => d.toISOString())).toEqual(['2026-10-25T00:30:00.000Z']);
  });

  it('respects the start, the end and the asked window', () => {
    const dates = expandRecurrence(
      { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', startsOn: '2026-11-02', endsOn: '2026-11-30', time: '12:00' },
      '2026-11-10',
      '2026-12-31',
      AMS,
    );
    expect(dates.map((d) => localDateOf(d, AMS))).toEqual(['2026-11-16', '2026-11-19', '2026-11-30']);
  });

  it('handles the last weekday of the month and a day of the month', () => {
    const last = expandRecurrence(
      { rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', startsOn: '2026-01-01', time: '16:00' },
      '2026-01-01',
      '2026-03-31',
      AMS,
    );
    expect(last.map((d) => localDateOf(d, AMS))).toEqual(['2026-01-30', '2026-02-27', '2026-03-31']);
    const fifteenth = expandRecurrence(
      { rrule: 'FREQ=MONTHLY;BYMONTHDAY=15', startsOn: '2026-01-01', time: '08:00' },
      '2026-01-01',
      '2026-02-28',
      AMS,
    );
    expect(fifteenth.map((d) => localDateOf(d, AMS))).toEqual(['2026-01-15', '2026-02-15']);
  });

  it('always lands on the asked local time and within the window, for any weekly rule', () => {
    fc.assert(
      fc.property(
        fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], { minLength: 1 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.integer({ min: 0, max: 3000 }),
        (days, interval, hour, minute, offset) => {
          const startsOn = new Date(Date.UTC(2024, 0, 1) + offset * 86400_000).toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const toDate = new Date(Date.parse(startsOn) + 120 * 86400_000).toISOString().slice(0, 10);
          const dates = expandRecurrence(
            { rrule: `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${days.join(',')}`, startsOn, time },
            startsOn,
            toDate,
            AMS,
          );
          return dates.every((d, i) => {
            const wall = local(d);
            const date = wall.slice(0, 10);
            const inGap = wall.slice(11) !== time; // only the spring-forward gap may shift the time
            return date >= startsOn && date <= toDate && (!inGap || hour === 2) && (i === 0 || d > dates[i - 1]);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('rule validation', () => {
  it('accepts the rules the rule builder makes and refuses nonsense', () => {
    for (const ok of [
      'FREQ=WEEKLY;BYDAY=TU',
      'FREQ=MONTHLY;BYDAY=1FR',
      'FREQ=MONTHLY;BYMONTHDAY=15',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    ]) {
      expect(checkRrule(ok)).toBeNull();
    }
    expect(checkRrule('')).toEqual({ code: 'required' });
    for (const bad of ['FREQ=SOMETIMES', 'BYDAY=TU', 'hello', 'FREQ=WEEKLY;BYDAY=XX', 'FREQ=HOURLY'])
      expect(checkRrule(bad)).toEqual({ code: 'invalidRule' });
  });
});

describe('isSameRubric', () => {
  it('takes the same name and rule in another spelling as the same rubric', () => {
    expect(
      isSameRubric(
        { name: 'Afvaltip van de week', rrule: 'FREQ=WEEKLY;BYDAY=MO' },
        { name: ' afvaltip  van de Week ', rrule: 'RRULE:byday=MO;FREQ=WEEKLY' },
      ),
    ).toBe(true);
  });

  it('keeps rubrics with another name or another rule apart', () => {
    expect(
      isSameRubric(
        { name: 'Afvaltip', rrule: 'FREQ=WEEKLY;BYDAY=MO' },
        { name: 'Afvaltip', rrule: 'FREQ=WEEKLY;BYDAY=TU' },
      ),
    ).toBe(false);
    expect(
      isSameRubric(
        { name: 'Afvaltip', rrule: 'FREQ=WEEKLY;BYDAY=MO' },
        { name: 'Afvaltips', rrule: 'FREQ=WEEKLY;BYDAY=MO' },
      ),
    ).toBe(false);
  });
});
