import {
  byGapsFirst,
  estimatedMinutes,
  hoursAndMinutes,
  overlaps,
  workloadAfter,
  workloadState,
} from './planning-board';

describe('the planning board order', () => {
  it('puts uncovered events first, then partial, then covered and not needed, each by start', () => {
    const events = [
      { id: '1', coverage: 'COVERED' as const, startsAt: '2026-12-01T09:00:00Z' },
      { id: '2', coverage: 'PARTIAL' as const, startsAt: '2026-12-05T09:00:00Z' },
      { id: '3', coverage: 'UNCOVERED' as const, startsAt: '2026-12-09T09:00:00Z' },
      { id: '4', coverage: 'NOT_NEEDED' as const, startsAt: '2026-11-30T09:00:00Z' },
      { id: '5', coverage: 'UNCOVERED' as const, startsAt: '2026-12-02T09:00:00Z' },
      { id: '6', coverage: 'PARTIAL' as const, startsAt: '2026-12-01T09:00:00Z' },
    ];
    expect(byGapsFirst(events).map((event) => event.id)).toEqual(['5', '3', '6', '2', '4', '1']);
  });

  it('does not change the list it was given', () => {
    const events = [
      { id: 'b', coverage: 'COVERED' as const, startsAt: '2026-12-01T09:00:00Z' },
      { id: 'a', coverage: 'UNCOVERED' as const, startsAt: '2026-12-01T09:00:00Z' },
    ];
    byGapsFirst(events);
    expect(events[0].id).toBe('b');
  });
});

describe('workload', () => {
  it('splits minutes into hours and minutes', () => {
    expect(hoursAndMinutes(200)).toEqual({ hours: 3, minutes: 20 });
    expect(hoursAndMinutes(-5)).toEqual({ hours: 0, minutes: 0 });
  });

  it('flags over capacity and counts clashes', () => {
    expect(workloadState({ minutes: 600, capacityMinutes: 480, conflicts: [{}, {}] })).toEqual({
      share: 1.25,
      over: true,
      clashes: 2,
    });
    expect(workloadState({ minutes: 0, capacityMinutes: 0, conflicts: [] })).toEqual({
      share: 0,
      over: false,
      clashes: 0,
    });
  });

  it('sees overlapping times, not touching ones', () => {
    const a = { startsAt: '2026-12-01T09:00:00Z', endsAt: '2026-12-01T10:00:00Z' };
    expect(overlaps(a, { startsAt: '2026-12-01T09:30:00Z', endsAt: '2026-12-01T11:00:00Z' })).toBe(true);
    expect(overlaps(a, { startsAt: '2026-12-01T10:00:00Z', endsAt: '2026-12-01T11:00:00Z' })).toBe(false);
  });
});

describe('the workload preview before saving a job', () => {
  it('adds the typed minutes, or else the default of the role from what the job is for', () => {
    expect(estimatedMinutes('COVER', '', 120)).toBe(180);
    expect(estimatedMinutes('PUBLISH', '', 120)).toBe(20);
    expect(estimatedMinutes('COVER', '180', 120)).toBe(180);
  });

  it('says "8 u van 6 u, boven capaciteit" for 3 hours more on someone with 5 of 6 hours', () => {
    expect(workloadAfter({ minutes: 300, capacityMinutes: 360, conflicts: [] }, 180)).toEqual({
      minutes: 480,
      capacityMinutes: 360,
      over: true,
    });
    expect(workloadAfter({ minutes: 120, capacityMinutes: 360, conflicts: [] }, 180)).toEqual({
      minutes: 300,
      capacityMinutes: 360,
      over: false,
    });
  });
});
