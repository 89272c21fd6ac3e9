import type { DataSource } from 'typeorm';
import { localDateOf, type ChannelKind, type MetricField } from '@planbord/domain';
import { Channel } from '@planbord/api-identity';
import { ChannelFollowers, PostMetrics, TeamHours } from '@planbord/api-insights';

/** A published post as the plan needs it. */
export interface PublishedDemoPost {
  postId: string;
  channelId: string;
  kind: ChannelKind;
  publishedAt: Date;
}

/** Followers of the demo channels a year ago, and how many a month they gain. */
const AUDIENCE: Partial<Record<ChannelKind, { start: number; gain: number }>> = {
  FACEBOOK: { start: 8400, gain: 85 },
  INSTAGRAM: { start: 3100, gain: 120 },
  X: { start: 5200, gain: -15 },
  LINKEDIN: { start: 1400, gain: 40 },
  YOUTUBE: { start: 380, gain: 6 },
  TIKTOK: { start: 600, gain: 95 },
  MASTODON: { start: 240, gain: 12 },
};

/** A pseudo-random number from 0 to 1 that is always the same for the same text. */
function noise(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return ((hash >>> 0) % 10_000) / 10_000;
}

/** What each platform counts of a post with this reach (Instagram has saves and no clicks, X counts impressions). */
function figuresOf(kind: ChannelKind, reach: number, seed: string): Partial<Record<MetricField, number>> {
  const share = (field: string, low: number, high: number) =>
    Math.round(reach * (low + (high - low) * noise(`${seed}:${field}`)));
  const common = {
    reach,
    impressions: Math.round(reach * (1.3 + 0.5 * noise(`${seed}:impressions`))),
    reactions: share('reactions', 0.02, 0.06),
    comments: share('comments', 0.003, 0.015),
    shares: share('shares', 0.002, 0.012),
  };
  if (kind === 'INSTAGRAM')
    return { ...common, saves: share('saves', 0.004, 0.02), videoViews: share('video', 0, 0.4) };
  if (kind === 'X') return { ...common, reach: undefined, clicks: share('clicks', 0.005, 0.02) };
  return { ...common, clicks: share('clicks', 0.01, 0.04) };
}

function monthsBack(today: string, count: number): string[] {
  const [year, month] = today.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const first = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}-01`;
  });
}

/**
 * The demo's figures, deterministic for the same posts and day: each published post's lifetime totals (larger for
 * Facebook, a little smaller on a weekday evening), each channel's followers in the last 12 months, and the team's
 * hours in those months (about 120–160).
 */
export function planInsightsDemo(
  posts: readonly PublishedDemoPost[],
  channels: readonly { id: string; kind: ChannelKind }[],
  now: Date,
  timeZone: string,
) {
  const today = localDateOf(now, timeZone);
  const months = monthsBack(today, 12);
  const metrics = posts.map((post) => {
    const base = { FACEBOOK: 2400, INSTAGRAM: 1500, X: 900, LINKEDIN: 700 }[post.kind as string] ?? 400;
    const reach = Math.round(base * (0.5 + 1.5 * noise(post.postId)));
    return {
      postId: post.postId,
      ...figuresOf(post.kind, reach, post.postId),
      // The figures were last read a day after the post went out, or now for one that went out today.
      capturedAt: new Date(Math.min(now.getTime(), post.publishedAt.getTime() + 86400_000)),
    };
  });
  const followers = channels.flatMap((channel) => {
    const audience = AUDIENCE[channel.kind];
    if (!audience) return [];
    return months.map((month, i) => ({
      channelId: channel.id,
      month,
      followers: Math.round(
        audience.start + audience.gain * i + audience.start * 0.01 * noise(`${channel.id}${month}`),
      ),
    }));
  });
  const hours = months.map((month) => ({ month, hours: 120 + Math.round(40 * noise(`hours${month}`) * 2) / 2 }));
  return { metrics, followers, hours };
}

/**
 * Figures for every published demo post, followers per channel and the team's hours of the last 12 months, each
 * only while its table is empty.
 */
export async function seedInsightsDemo(db: DataSource, timeZone: string, now = new Date()): Promise<void> {
  const rows: { post_id: string; channel_id: string; published_at: Date }[] = await db.query(
    'SELECT post_id, channel_id, published_at FROM publishing_published_posts',
  );
  const channels = await db.getRepository(Channel).find({ where: { active: true } });
  const kinds = new Map(channels.map((channel) => [channel.id, channel.kind]));
  const posts = rows.map((row) => ({
    postId: row.post_id,
    channelId: row.channel_id,
    kind: kinds.get(row.channel_id) ?? 'OTHER',
    publishedAt: new Date(row.published_at),
  }));
  const plan = planInsightsDemo(posts, channels, now, timeZone);
  await db.transaction(async (em) => {
    if ((await em.getRepository(PostMetrics).count()) === 0 && plan.metrics.length)
      await em.getRepository(PostMetrics).insert(plan.metrics.map((row) => ({ ...row, source: 'IMPORT' as const })));
    if ((await em.getRepository(ChannelFollowers).count()) === 0 && plan.followers.length)
      await em
        .getRepository(ChannelFollowers)
        .insert(plan.followers.map((row) => ({ ...row, source: 'IMPORT' as const })));
    if ((await em.getRepository(TeamHours).count()) === 0) await em.getRepository(TeamHours).insert(plan.hours);
  });
}
