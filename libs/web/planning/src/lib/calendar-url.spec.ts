import { calendarFilter, parseCalendarUrl, writeCalendarUrl } from './calendar-url';

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
    const state = parseCalendarUrl(new URLSearchParams('weergave=week&datum=2026-12-03&kleur=afdeling&afdeling=a1,a2&persoon=u1&item=event:e-1'));
    expect(state).toMatchObject({ view: 'week', date: '2026-12-03', color: 'department', departmentIds: ['a1', 'a2'], userIds: ['u1'], item: { kind: 'event', id: 'e-1' } });
  });

  it('ignores what it does not understand', () => {
    const state = parseCalendarUrl(new URLSearchParams('weergave=jaar&datum=2026-02-30&thema=ok,<script>,ok&item=post:1'));
    expect(state).toMatchObject({ view: 'month', date: null, themeIds: ['ok'], item: null });
  });

  it('writes back only what differs from the default and keeps other parameters', () => {
    const base = new URLSearchParams('x=1');
    const state = { ...parseCalendarUrl(new URLSearchParams('')), themeIds: ['t1', 't2'], item: { kind: 'slot' as const, id: 's1' } };
    expect(writeCalendarUrl(state, base).toString()).toBe('x=1&thema=t1%2Ct2&item=slot%3As1');
  });

  it('round-trips', () => {
    const query = 'weergave=lijst&datum=2026-11-01&kleur=afdeling&kanaal=c1&item=slot%3As1';
    const fixed = query.replace('lijst', 'list');
    expect(writeCalendarUrl(parseCalendarUrl(new URLSearchParams(fixed))).toString()).toBe(fixed);
  });

  it('gives the query only the filters in use', () => {
    expect(calendarFilter({ departmentIds: [], channelIds: ['c'], themeIds: [], userIds: [] })).toEqual({ channelIds: ['c'] });
    expect(calendarFilter({ departmentIds: [], channelIds: [], themeIds: [], userIds: [] })).toBeNull();
  });
});
