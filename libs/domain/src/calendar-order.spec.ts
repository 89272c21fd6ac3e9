import { compareCalendarItems, sortCalendarItems, type CalendarOrderable } from './calendar-order';

const item = (key: string, kind: CalendarOrderable['kind'], startsAt: string, allDay = false): CalendarOrderable => ({
  key,
  kind,
  startsAt,
  allDay,
});

describe('the order of calendar items', () => {
  it('mixes events, slots and posts by the moment they start', () => {
    const sorted = sortCalendarItems([
      item('event:a', 'event', '2031-03-04T10:00:00.000Z'),
      item('slot:b', 'rubric', '2031-03-04T11:00:00.000Z'),
      item('post:c', 'post', '2031-03-04T08:00:00.000Z'),
      item('slot:d', 'adHoc', '2031-03-04T09:30:00.000Z'),
    ]);
    expect(sorted.map((entry) => entry.key)).toEqual(['post:c', 'slot:d', 'event:a', 'slot:b']);
  });

  it('puts all-day items first, whatever their start', () => {
    const sorted = sortCalendarItems([
      item('event:early', 'event', '2031-03-04T06:00:00.000Z'),
      item('event:day', 'event', '2031-03-04T12:00:00.000Z', true),
    ]);
    expect(sorted.map((entry) => entry.key)).toEqual(['event:day', 'event:early']);
  });

  it('compares moments, not the text of timestamps in different offsets', () => {
    const sorted = sortCalendarItems([
      item('event:a', 'event', '2031-03-04T10:30:00+01:00'),
      item('post:b', 'post', '2031-03-04T10:00:00.000Z'),
    ]);
    expect(sorted.map((entry) => entry.key)).toEqual(['event:a', 'post:b']);
  });

  it('at the same moment: events, then slots, then posts, then by key', () => {
    const at = '2031-03-04T10:00:00.000Z';
    const sorted = sortCalendarItems([
      item('post:a', 'post', at),
      item('slot:z', 'rubric', at),
      item('slot:y', 'adHoc', at),
      item('event:x', 'event', at),
    ]);
    expect(sorted.map((entry) => entry.key)).toEqual(['event:x', 'slot:y', 'slot:z', 'post:a']);
  });

  it('is a consistent order: antisymmetric and leaves the input alone', () => {
    const a = item('event:a', 'event', '2031-03-04T10:00:00.000Z');
    const b = item('post:b', 'post', '2031-03-04T09:00:00.000Z');
    expect(Math.sign(compareCalendarItems(a, b))).toBe(-Math.sign(compareCalendarItems(b, a)));
    const input = [a, b];
    sortCalendarItems(input);
    expect(input).toEqual([a, b]);
  });
});
