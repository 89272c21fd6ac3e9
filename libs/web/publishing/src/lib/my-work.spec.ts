import { orgTime } from '@planbord/web-ui';
import { assignmentTarget, groupByDay, thisWeekAndNext } from './my-work';

const amsterdam = orgTime('Europe/Amsterdam');

describe('groupByDay', () => {
  it('groups items per Amsterdam day, in order, and sorts within a day by time', () => {
    const groups = groupByDay(
      [
        { id: 'late', dueAt: '2026-06-15T15:00:00.000Z' },
        { id: 'none', dueAt: null },
        { id: 'early', dueAt: '2026-06-15T07:00:00.000Z' },
        { id: 'first', dueAt: '2026-06-14T09:00:00.000Z' },
      ],
      amsterdam,
    );
    expect(groups.map((g) => [g.day, g.items.map((i) => i.id)])).toEqual([
      ['2026-06-14', ['first']],
      ['2026-06-15', ['early', 'late']],
      [null, ['none']],
    ]);
  });

  it('puts a job at 00:30 Amsterdam time on that day, not on the UTC day before', () => {
    expect(groupByDay([{ dueAt: '2026-06-14T22:30:00.000Z' }], amsterdam)[0].day).toBe('2026-06-15');
  });

  it('gives no groups for no items', () => {
    expect(groupByDay([], amsterdam)).toEqual([]);
  });
});

describe('thisWeekAndNext', () => {
  it('runs from Monday midnight in Amsterdam for fourteen days', () => {
    expect(thisWeekAndNext(amsterdam, new Date('2026-06-17T12:00:00Z'))).toEqual({
      from: '2026-06-14T22:00:00.000Z',
      to: '2026-06-28T22:00:00.000Z',
    });
  });
});

describe('assignmentTarget', () => {
  const base = { id: 'a', role: 'COVER' as const, event: null, slot: null, post: null };

  it('leads a job on an event to the event in the calendar, due at its start', () => {
    expect(
      assignmentTarget(
        { ...base, event: { id: 'e1', title: 'Skatepark open', startsAt: '2026-06-14T08:00:00Z' } },
        'Moment',
      ),
    ).toEqual({
      title: 'Skatepark open',
      dueAt: '2026-06-14T08:00:00Z',
      allDay: false,
      href: '/kalender?item=event:e1',
    });
  });

  it('marks a job on an all-day event, so its midnight start is never shown as a time', () => {
    expect(
      assignmentTarget(
        {
          ...base,
          event: { id: 'e2', title: 'Afsluiting Stationsweg', startsAt: '2026-12-01T23:00:00Z', allDay: true },
        },
        'Moment',
      ).allDay,
    ).toBe(true);
  });

  it('leads a job on a post to the post editor, due at its planned time', () => {
    expect(
      assignmentTarget({ ...base, role: 'PUBLISH', post: { id: 'p1', title: 'Open', plannedAt: null } }, 'Moment'),
    ).toEqual({ title: 'Open', dueAt: null, href: '/berichten/p1' });
  });

  it('names a slot after its rubric when it has no title', () => {
    expect(
      assignmentTarget(
        {
          ...base,
          slot: { id: 's1', startsAt: '2026-06-16T07:00:00Z', title: null, rubric: { name: 'Werk in uitvoering' } },
        },
        'Moment',
      ).title,
    ).toBe('Werk in uitvoering');
  });
});
