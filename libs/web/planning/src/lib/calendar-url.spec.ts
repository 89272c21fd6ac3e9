import { calendarExportHref, calendarFilter, parseCalendarUrl, writeCalendarUrl } from './calendar-url';

const [A1, A2, U1, E1, T1, T2, S1, C1] = ['a1', 'a2', 'b1', 'e1', 'c1', 'c2', 'd1', 'f1'].map(
  (n) => `00000000-0000-4000-8000-0000000000${n}`,
);

describe('the calendar address', () => {
  it('defaults to the month view of today, coloured by theme, unfiltered', () => {
    expect(parseCalendarUrl(new URLSearchParams(''))).toEqual({
      view: 'month',
      date: null,
      color: 'theme',
      departmentIds: [],
      channelIds: [],
      themeIds: [],
      userIds: [],
      item: null,
    });
  });

  it('reads view, date, colour mode, filters and the open item', () => {
    const state = parseCalendarUrl(
      new URLSearchParams(
        `weergave=week&datum=2026-12-03&kleur=afdeling&afdeling=${A1},${A2}&persoon=${U1}&item=event:${E1}`,
      ),
    );
    expect(state).toMatchObject({
      view: 'week',
      date: '2026-12-03',
      color: 'department',
      departmentIds: [A1, A2],
      userIds: [U1],
      item: { kind: 'event', id: E1 },
    });
  });

  it('ignores what it does not understand', () => {
    const state = parseCalendarUrl(
      new URLSearchParams(`weergave=jaar&datum=2026-02-30&thema=${T1},<script>,abc,${T1}&item=post:${E1}`),
    );
    expect(state).toMatchObject({ view: 'month', date: null, themeIds: [T1], item: null });
    expect(parseCalendarUrl(new URLSearchParams('item=event:e-1')).item).toBeNull();
  });

  it('writes back only what differs from the default and keeps other parameters', () => {
    const base = new URLSearchParams('x=1');
    const state = {
      ...parseCalendarUrl(new URLSearchParams('')),
      themeIds: [T1, T2],
      item: { kind: 'slot' as const, id: S1 },
    };
    expect(writeCalendarUrl(state, base).toString()).toBe(`x=1&thema=${T1}%2C${T2}&item=slot%3A${S1}`);
  });

  it('round-trips', () => {
    const query = `weergave=lijst&datum=2026-11-01&kleur=afdeling&kanaal=${C1}&item=slot%3A${S1}`;
    const fixed = query.replace('lijst', 'list');
    expect(writeCalendarUrl(parseCalendarUrl(new URLSearchParams(fixed))).toString()).toBe(fixed);
  });

  it('gives the query only the filters in use', () => {
    expect(calendarFilter({ departmentIds: [], channelIds: ['c'], themeIds: [], userIds: [] })).toEqual({
      channelIds: ['c'],
    });
    expect(calendarFilter({ departmentIds: [], channelIds: [], themeIds: [], userIds: [] })).toBeNull();
  });
});

describe('the calendar export address', () => {
  it('carries the range and the filters the calendar shows', () => {
    expect(calendarExportHref('csv', '2031-03-01T00:00:00.000Z', '2031-04-01T00:00:00.000Z', null)).toBe(
      '/export/calendar.csv?from=2031-03-01T00%3A00%3A00.000Z&to=2031-04-01T00%3A00%3A00.000Z',
    );
    expect(calendarExportHref('xlsx', 'a', 'b', { departmentIds: ['d1', 'd2'], themeIds: ['t'] })).toBe(
      '/export/calendar.xlsx?from=a&to=b&departmentIds=d1%2Cd2&themeIds=t',
    );
  });
});
