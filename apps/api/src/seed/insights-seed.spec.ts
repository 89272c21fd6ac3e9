import { planInsightsDemo, type PublishedDemoPost } from './insights-seed';

const ZONE = 'Europe/Amsterdam';
const now = new Date('2031-03-15T10:00:00Z');
const posts: PublishedDemoPost[] = [
  {
    postId: '00000000-0000-4000-8000-000000000001',
    channelId: 'fb',
    kind: 'FACEBOOK',
    publishedAt: new Date('2031-03-01T08:00:00Z'),
  },
  {
    postId: '00000000-0000-4000-8000-000000000002',
    channelId: 'ig',
    kind: 'INSTAGRAM',
    publishedAt: new Date('2031-03-15T09:30:00Z'),
  },
  {
    postId: '00000000-0000-4000-8000-000000000003',
    channelId: 'x',
    kind: 'X',
    publishedAt: new Date('2030-11-02T12:00:00Z'),
  },
];
const channels = [
  { id: 'fb', kind: 'FACEBOOK' as const },
  { id: 'ig', kind: 'INSTAGRAM' as const },
  { id: 'site', kind: 'WEBSITE' as const },
];

describe('the demo figures', () => {
  it('are the same every time for the same posts and day', () => {
    expect(planInsightsDemo(posts, channels, now, ZONE)).toEqual(planInsightsDemo(posts, channels, now, ZONE));
  });

  it('give every published post figures as its platform counts them, read no later than now', () => {
    const { metrics } = planInsightsDemo(posts, channels, now, ZONE);
    expect(metrics.map((m) => m.postId)).toEqual(posts.map((p) => p.postId));
    for (const row of metrics) {
      expect(row.capturedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(row.impressions).toBeGreaterThan(0);
      expect(row.reactions).toBeGreaterThanOrEqual(0);
    }
    expect(metrics[1].saves).toBeGreaterThanOrEqual(0);
    expect(metrics[1].clicks).toBeUndefined();
    expect(metrics[2].reach).toBeUndefined();
  });

  it('give each social channel twelve months of followers ending this month, and none to the website', () => {
    const { followers } = planInsightsDemo(posts, channels, now, ZONE);
    const facebook = followers.filter((f) => f.channelId === 'fb').map((f) => f.month);
    expect(facebook).toHaveLength(12);
    expect(facebook[0]).toBe('2030-04-01');
    expect(facebook[11]).toBe('2031-03-01');
    expect(followers.some((f) => f.channelId === 'site')).toBe(false);
  });

  it('give the team 120 to 160 hours in each of the last twelve months', () => {
    const { hours } = planInsightsDemo(posts, channels, now, ZONE);
    expect(hours).toHaveLength(12);
    for (const month of hours) {
      expect(month.hours).toBeGreaterThanOrEqual(120);
      expect(month.hours).toBeLessThanOrEqual(160);
    }
  });
});
