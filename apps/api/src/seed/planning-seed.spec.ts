import { isoWeekday, localDateOf } from '@planbord/domain';
import { isPublicHoliday } from '@planbord/api-planning';
import { planDemoEvents } from './planning-seed';

const ZONE = 'Europe/Amsterdam';
// Seed moments that once gave contradictions: the first working day of December (requests "made" weeks ahead, an
// answer due on Boxing Day), just before Christmas, a Saturday night, and the night the clocks go forward.
const MOMENTS = [
  '2026-12-01T08:15:00+01:00',
  '2026-12-22T16:40:00+01:00',
  '2027-01-16T23:30:00+01:00',
  '2027-03-28T01:30:00+01:00',
];

describe.each(MOMENTS)('the demo requests seeded at %s', (moment) => {
  const now = new Date(moment);
  const requests = planDemoEvents(now, ZONE).filter((event) => event.request);

  it('were all made before the seed, and before their event', () => {
    expect(requests.length).toBeGreaterThan(5);
    for (const { demo, startsAt, request } of requests) {
      expect({ title: demo.title, future: request!.requestedAt > now }).toEqual({ title: demo.title, future: false });
      expect(request!.requestedAt.getTime()).toBeLessThan(startsAt.getTime());
    }
  });

  it('were decided after they were made and before the seed', () => {
    for (const { demo, request } of requests.filter((r) => r.demo.status !== 'REQUESTED')) {
      expect(request!.decidedAt).not.toBeNull();
      expect({
        title: demo.title,
        ok: request!.decidedAt! >= request!.requestedAt && request!.decidedAt! <= now,
      }).toEqual({ title: demo.title, ok: true });
    }
  });

  it('are due for an answer on a working day after they were made, never on a weekend or public holiday', () => {
    for (const { demo, request } of requests) {
      const due = localDateOf(request!.responseDueAt, ZONE);
      expect({ title: demo.title, due, weekend: isoWeekday(due) > 5, holiday: isPublicHoliday('NL', due) }).toEqual({
        title: demo.title,
        due,
        weekend: false,
        holiday: false,
      });
      expect(request!.responseDueAt.getTime()).toBeGreaterThan(request!.requestedAt.getTime());
    }
  });

  it('are flagged late exactly when made less than ten days before the event, and the demo keeps one late request', () => {
    for (const { startsAt, request } of requests)
      expect(request!.late).toBe(startsAt.getTime() - request!.requestedAt.getTime() < 10 * 86400_000);
    expect(requests.some((r) => r.request!.late && r.demo.status === 'REQUESTED')).toBe(true);
  });
});
