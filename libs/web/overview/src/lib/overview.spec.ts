import { orgTime } from '@planbord/web-ui';
import { byDeadline, myRequestsInOrder, overviewRanges, splitJobs } from './overview';
import { sectionsFor } from '../pages/OverviewPage';

const amsterdam = orgTime('Europe/Amsterdam');
// Wednesday 8 January 2031, 09:00 in Amsterdam.
const now = new Date('2031-01-08T08:00:00Z');
const ranges = overviewRanges(amsterdam, now);

const job = (
  id: string,
  startsAt: string,
  status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'DONE' = 'ACCEPTED',
  allDay = false,
  startDate: string | null = null,
) => ({
  id,
  role: 'COVER' as const,
  status,
  slot: null,
  post: null,
  event: { id: `e-${id}`, title: `Activiteit ${id}`, startsAt, allDay, startDate },
});

describe('the overview periods', () => {
  it('runs from today to the end of this week, and four weeks ahead for gaps, on the organisation clock', () => {
    expect(ranges).toEqual({
      today: '2031-01-08',
      todayStart: '2031-01-07T23:00:00.000Z',
      tomorrowStart: '2031-01-08T23:00:00.000Z',
      weekStart: '2031-01-05T23:00:00.000Z',
      weekEnd: '2031-01-12T23:00:00.000Z',
      gapsEnd: '2031-02-04T23:00:00.000Z',
      monthStart: '2030-12-31T23:00:00.000Z',
      monthEnd: '2031-01-31T23:00:00.000Z',
    });
  });
});

describe('my jobs', () => {
  it('splits open jobs into today and the rest of the week, in time order, leaving out declined and done ones', () => {
    const split = splitJobs(
      [
        job('later', '2031-01-10T09:00:00Z'),
        job('afternoon', '2031-01-08T13:00:00Z', 'PENDING'),
        job('morning', '2031-01-08T07:00:00Z'),
        job('declined', '2031-01-08T10:00:00Z', 'DECLINED'),
        job('done', '2031-01-09T10:00:00Z', 'DONE'),
        // An all-day job on Thursday begins at local midnight, 23:00 UTC on Wednesday: it is not today's.
        job('allday', '2031-01-08T23:00:00Z', 'ACCEPTED', true, '2031-01-09'),
      ],
      ranges,
    );
    expect(split.today.map((j) => j.id)).toEqual(['morning', 'afternoon']);
    expect(split.week.map((j) => j.id)).toEqual(['allday', 'later']);
    expect(split.today[0].href).toBe('/kalender?item=event:e-morning');
  });

  it('leads a job on a post to the post editor', () => {
    const split = splitJobs(
      [
        {
          id: 'p',
          role: 'WRITE',
          status: 'PENDING',
          event: null,
          slot: null,
          post: { id: 'post-1', title: 'Tekst', plannedAt: '2031-01-08T12:00:00Z' },
        },
      ],
      ranges,
    );
    expect(split.today[0]).toMatchObject({ title: 'Tekst', href: '/berichten/post-1' });
  });
});

describe('requests', () => {
  it('puts the soonest deadline first and marks the ones past it', () => {
    const ordered = byDeadline(
      [
        { id: 'b', responseDueAt: '2031-01-10T16:00:00Z' },
        { id: 'a', responseDueAt: '2031-01-07T16:00:00Z' },
        { id: 'c', responseDueAt: null },
      ],
      now,
    );
    expect(ordered.map((r) => [r.id, r.overdue])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
    ]);
  });

  it('shows a liaison the open requests first, then the most recently decided', () => {
    const ordered = myRequestsInOrder([
      { id: 'old', status: 'PLANNED', responseDueAt: null, decidedAt: '2031-01-02T10:00:00Z' },
      { id: 'open', status: 'REQUESTED', responseDueAt: '2031-01-09T10:00:00Z', decidedAt: null },
      { id: 'new', status: 'DECLINED', responseDueAt: null, decidedAt: '2031-01-06T10:00:00Z' },
    ]);
    expect(ordered.map((r) => r.id)).toEqual(['open', 'new', 'old']);
  });
});

describe('who sees which part', () => {
  const keys = (role: 'ADMIN' | 'EDITOR' | 'MEMBER' | 'LIAISON') => sectionsFor(role).map((s) => s.key);
  it('follows the permission table', () => {
    expect(keys('LIAISON')).toEqual(['mine']);
    const newsroom = ['webcare', 'decisions', 'figures'];
    expect(keys('MEMBER')).toEqual(['jobs', 'requests', 'gaps', 'room', 'crisis', ...newsroom]);
    expect(keys('EDITOR')).toEqual(['jobs', 'reviews', 'requests', 'gaps', 'room', 'crisis', ...newsroom]);
    expect(keys('ADMIN')).toEqual(['setup', 'jobs', 'reviews', 'requests', 'gaps', 'room', 'crisis', ...newsroom]);
  });
});
