import type {
  CalendarEventFieldsFragment,
  CalendarPostFieldsFragment,
  CalendarSlotFieldsFragment,
} from '@planbord/web-graphql';
import { orgTime } from '@planbord/web-ui';
import { itemsByDay } from './calendar-grid';
import { calendarEntries, eventEntry, legendOf, postEntry, postPath, slotEntry } from './calendar-items';
import { entryLabel } from './describe';

const amsterdam = orgTime('Europe/Amsterdam');
const theme = { __typename: 'Theme' as const, id: 't1', name: 'Verkeer', color: '#e65100' };
const department = { __typename: 'Department' as const, id: 'd1', name: 'KCC', color: '#154273' };

function event(overrides: Partial<CalendarEventFieldsFragment> = {}): CalendarEventFieldsFragment {
  return {
    __typename: 'Event',
    id: 'e1',
    version: 1,
    title: 'Opening skatepark',
    location: null,
    startsAt: '2026-11-24T09:00:00.000Z',
    endsAt: '2026-11-24T10:00:00.000Z',
    allDay: false,
    startDate: null,
    endDate: null,
    status: 'PLANNED',
    coverage: 'PARTIAL',
    coverageNotNeeded: false,
    late: false,
    department,
    themes: [theme],
    assignments: [
      {
        __typename: 'Assignment',
        id: 'a1',
        version: 1,
        role: 'PUBLISH',
        status: 'PENDING',
        note: null,
        responseNote: null,
        estimatedMinutes: 20,
        user: { __typename: 'User', id: 'u2', name: 'Eva de Jong' },
      },
      {
        __typename: 'Assignment',
        id: 'a2',
        version: 1,
        role: 'COVER',
        status: 'ACCEPTED',
        note: null,
        responseNote: null,
        estimatedMinutes: 120,
        user: { __typename: 'User', id: 'u1', name: 'Daan Smit' },
      },
      {
        __typename: 'Assignment',
        id: 'a3',
        version: 1,
        role: 'WRITE',
        status: 'DECLINED',
        note: null,
        responseNote: null,
        estimatedMinutes: 60,
        user: { __typename: 'User', id: 'u3', name: 'Joris van Dijk' },
      },
    ],
    ...overrides,
  };
}

function slot(overrides: Partial<CalendarSlotFieldsFragment> = {}): CalendarSlotFieldsFragment {
  return {
    __typename: 'Slot',
    id: 's1',
    version: 1,
    kind: 'RUBRIC',
    status: 'OPEN',
    startsAt: '2026-11-23T23:30:00.000Z',
    title: null,
    skipReason: null,
    offPattern: false,
    rubric: {
      __typename: 'Rubric',
      id: 'r1',
      name: 'Werk in uitvoering',
      durationMinutes: 60,
      time: '00:30',
      rrule: 'FREQ=WEEKLY',
      channels: [],
      theme,
      owner: null,
    },
    channel: null,
    assignments: [],
    ...overrides,
  };
}

function post(overrides: Partial<CalendarPostFieldsFragment> = {}): CalendarPostFieldsFragment {
  return {
    __typename: 'Post',
    id: 'p1',
    version: 3,
    title: 'Skatepark open!',
    status: 'SCHEDULED',
    onHold: false,
    plannedAt: '2026-11-24T10:00:00.000Z',
    publishedAt: null,
    channel: { __typename: 'Channel', id: 'c1', name: 'Instagram @lindeveld', kind: 'INSTAGRAM', handle: null },
    event: { __typename: 'Event', id: 'e1' },
    slot: null,
    ...overrides,
  };
}

const t = ((key: string, params?: Record<string, string | number>) =>
  params ? `${key}(${Object.values(params).join(',')})` : key) as never;

describe('calendar entries', () => {
  it('shows a timed event on its day at its Amsterdam time, with the people not declined, COVER first', () => {
    const entry = eventEntry(event(), 'theme', amsterdam);
    expect(entry).toMatchObject({
      key: 'event:e1',
      firstDay: '2026-11-24',
      lastDay: '2026-11-24',
      time: '10:00',
      colorOf: theme,
    });
    expect(entry.people.map((person) => person.name)).toEqual(['Daan Smit', 'Eva de Jong']);
  });

  it('spreads an all-day event over its days, the end date being exclusive', () => {
    const entry = eventEntry(
      event({ allDay: true, startDate: '2026-11-24', endDate: '2026-11-27' }),
      'department',
      amsterdam,
    );
    expect(entry).toMatchObject({ firstDay: '2026-11-24', lastDay: '2026-11-26', time: null, colorOf: department });
  });

  it('puts a slot on its local day, also just after midnight', () => {
    expect(slotEntry(slot(), 'theme', amsterdam)).toMatchObject({
      kind: 'rubric',
      title: 'Werk in uitvoering',
      firstDay: '2026-11-24',
      time: '00:30',
    });
    expect(slotEntry(slot({ kind: 'AD_HOC', rubric: null, title: 'Vrije ruimte' }), 'theme', amsterdam)).toMatchObject({
      kind: 'adHoc',
      colorOf: null,
    });
  });

  it('leaves cancelled and declined events out and lists each colour once', () => {
    const entries = calendarEntries(
      { events: [event(), event({ id: 'e2', status: 'CANCELLED' }), event({ id: 'e3' })], slots: [slot()], posts: [] },
      'theme',
      amsterdam,
    );
    expect(entries.map((entry) => entry.key)).toEqual(['event:e1', 'event:e3', 'slot:s1']);
    expect(legendOf(entries)).toEqual([theme]);
  });

  it('names an item by what it shows first, then what colour and initials show', () => {
    expect(entryLabel(eventEntry(event(), 'theme', amsterdam), t, 'thema Verkeer')).toBe(
      '10:00 Opening skatepark, calendar.coverage.PARTIAL, calendar.kind.event, thema Verkeer, Daan Smit, Eva de Jong',
    );
  });

  it('puts a post on the day it is planned for, at its Amsterdam time, opening its editor', () => {
    expect(postEntry(post(), amsterdam)).toMatchObject({
      key: 'post:p1',
      ref: { kind: 'post', id: 'p1' },
      kind: 'post',
      firstDay: '2026-11-24',
      lastDay: '2026-11-24',
      time: '11:00',
      colorOf: null,
      people: [],
    });
    expect(postPath('p1')).toBe('/berichten/p1');
  });

  it('puts a published post on the day it went out, and leaves a post without a time out', () => {
    expect(
      postEntry(
        post({ status: 'PUBLISHED', plannedAt: '2026-11-20T08:00:00.000Z', publishedAt: '2026-11-21T23:15:00.000Z' }),
        amsterdam,
      ),
    ).toMatchObject({ firstDay: '2026-11-22', time: '00:15' });
    expect(postEntry(post({ status: 'DRAFT', plannedAt: null }), amsterdam)).toBeNull();
    const entries = calendarEntries(
      { events: [], slots: [], posts: [post(), post({ id: 'p2', plannedAt: null })] },
      'theme',
      amsterdam,
    );
    expect(entries.map((entry) => entry.key)).toEqual(['post:p1']);
  });

  it("mixes a day's posts with its events and slots in time order", () => {
    const entries = calendarEntries(
      {
        events: [event({ startsAt: '2026-11-24T15:00:00.000Z', endsAt: '2026-11-24T16:00:00.000Z' })],
        slots: [slot({ startsAt: '2026-11-24T12:00:00.000Z' })],
        posts: [post({ plannedAt: '2026-11-24T06:00:00.000Z' })],
      },
      'theme',
      amsterdam,
    );
    expect(
      itemsByDay(entries, '2026-11-23', '2026-11-30')
        .get('2026-11-24')
        ?.map((entry) => entry.key),
    ).toEqual(['post:p1', 'slot:s1', 'event:e1']);
  });

  it('names a post by what it shows, its status in words, then its channel spelled out', () => {
    expect(entryLabel(postEntry(post(), amsterdam)!, t, null)).toBe(
      '11:00 Skatepark open!, postStatus.SCHEDULED, calendar.post.onChannel(channelKind.INSTAGRAM)',
    );
  });

  it('says in the name when crisis mode holds a post', () => {
    expect(entryLabel(postEntry(post({ status: 'APPROVED', onHold: true }), amsterdam)!, t, null)).toBe(
      '11:00 Skatepark open!, postStatus.APPROVED, calendar.post.onhold, calendar.post.onChannel(channelKind.INSTAGRAM)',
    );
  });
});
