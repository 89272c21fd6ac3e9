import fc from 'fast-check';
import { addWorkingDays, atLocalTime, fromWallMs, localDateOf, mondayOf, toWallMs } from './time';

const AMS = 'Europe/Amsterdam';

describe('wall time in the organisation zone', () => {
  it('converts ordinary local times both ways, summer and winter', () => {
    expect(atLocalTime('2026-01-15', '10:00', AMS).toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(atLocalTime('2026-07-15', '10:00', AMS).toISOString()).toBe('2026-07-15T08:00:00.000Z');
    expect(localDateOf(new Date('2026-07-15T22:30:00Z'), AMS)).toBe('2026-07-16');
  });

  it('moves a time inside the spring-forward gap forward by the gap', () => {
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist and becomes 03:30 CEST.
    expect(atLocalTime('2026-03-29', '02:30', AMS).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of two occurrences in the autumn overlap', () => {
    // 25 October 2026: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice, first at 00:30Z.
    expect(atLocalTime('2026-10-25', '02:30', AMS).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips every instant through its wall time, outside the overlap hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }), (ms) => {
        const instant = Math.floor(ms / 60000) * 60000;
        const back = fromWallMs(toWallMs(instant, AMS), AMS).getTime();
        // In the overlap hour the earlier instant is chosen, exactly one hour before.
        return back === instant || back === instant - 3600_000;
      }),
    );
  });

  it('finds the Monday of a week', () => {
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
  });
});

describe('working days', () => {
  const none = () => false;
  it('skip weekends', () => {
    expect(addWorkingDays('2026-11-20', 3, none)).toBe('2026-11-25'); // Friday + 3 = Wednesday
    expect(addWorkingDays('2026-11-23', 3, none)).toBe('2026-11-26');
  });
  it('skip holidays', () => {
    const christmas = (d: string) => d === '2026-12-25' || d === '2026-12-26';
    expect(addWorkingDays('2026-12-23', 3, christmas)).toBe('2026-12-29');
  });
});
