import ICAL from 'ical.js';
import { buildFeed, type FeedItem } from './ical-feed';

const item = (fields: Partial<FeedItem>): FeedItem => ({
  kind: 'event',
  id: '1',
  version: 1,
  title: 'Opening',
  startsAt: new Date('2031-10-25T23:30:00Z'),
  endsAt: new Date('2031-10-26T01:30:00Z'),
  allDay: false,
  cancelled: false,
  path: '/kalender',
  ...fields,
});

function build(items: FeedItem[], timeZone = 'Europe/Amsterdam'): ICAL.Component {
  return new ICAL.Component(
    ICAL.parse(buildFeed({ name: 'Planbord', timeZone, origin: 'https://planbord.example', locale: 'nl', items })),
  );
}

describe('buildFeed', () => {
  it('writes times in the organisation’s zone with its VTIMEZONE, across the autumn change', () => {
    const calendar = build([item({})]);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    const start = calendar.getFirstSubcomponent('vevent')!.getFirstProperty('dtstart')!;
    expect(start.getParameter('tzid')).toBe('Europe/Amsterdam');
    // 23:30 UTC on 25 October 2031 is 01:30 summer time on the 26th; the end, 01:30 UTC, is 02:30 winter time.
    expect(String(start.getFirstValue())).toBe('2031-10-26T01:30:00');
    expect(String(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtend'))).toBe('2031-10-26T02:30:00');
  });

  it('writes all-day items as DATE values with an exclusive end, in the organisation’s days', () => {
    const calendar = build([
      item({ allDay: true, startsAt: new Date('2031-04-25T22:00:00Z'), endsAt: new Date('2031-04-27T22:00:00Z') }),
    ]);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect([event.startDate.isDate, event.startDate.toString(), event.endDate.toString()]).toEqual([
      true,
      '2031-04-26',
      '2031-04-28',
    ]);
  });

  it('names each item by kind and id, with its version as SEQUENCE, its status and a link back', () => {
    const calendar = build([
      item({ kind: 'slot', id: 'abc', version: 7, cancelled: true, path: '/kalender?item=slot:abc' }),
      item({ kind: 'post', id: 'def', tentative: true, path: '/berichten/def' }),
    ]);
    const [slot, post] = calendar.getAllSubcomponents('vevent');
    expect(slot.getFirstPropertyValue('uid')).toBe('slot-abc@planbord');
    expect(slot.getFirstPropertyValue('sequence')).toBe(7);
    expect(slot.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(slot.getFirstPropertyValue('url')).toBe('https://planbord.example/kalender?item=slot:abc');
    expect(post.getFirstPropertyValue('uid')).toBe('post-def@planbord');
    expect(post.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });
});
