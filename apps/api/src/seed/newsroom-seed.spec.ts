import { DEMO_TOPICS, planDemoSignals } from './newsroom-seed';

const ZONE = 'Europe/Amsterdam';
// Early on a Monday (today's signals clamp to before it), just after midnight, and the night the clocks go back.
const MOMENTS = ['2026-12-07T06:30:00+01:00', '2027-01-01T00:05:00+01:00', '2027-10-31T02:30:00+01:00'];

describe.each(MOMENTS)('the demo signals seeded at %s', (moment) => {
  const now = new Date(moment);
  const signals = planDemoSignals(now, ZONE);

  it('came in during the fortnight before the seed, none after it', () => {
    for (const { key, receivedAt } of signals) {
      expect({ key, future: receivedAt > now }).toEqual({ key, future: false });
      expect(now.getTime() - receivedAt.getTime()).toBeLessThan(15 * 86400_000);
    }
  });

  it('cluster into topics of signals that came in within 72 hours of each other', () => {
    for (const title of Object.values(DEMO_TOPICS)) {
      const times = signals.filter((s) => s.topic === title).map((s) => s.receivedAt.getTime());
      expect(times.length).toBeGreaterThanOrEqual(3);
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(72 * 3600_000);
    }
  });

  it('come from many kinds of source, each once by its own key', () => {
    expect(new Set(signals.map((s) => s.source)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(signals.map((s) => s.key)).size).toBe(signals.length);
  });
});
