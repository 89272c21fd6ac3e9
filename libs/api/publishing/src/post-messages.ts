import type { OutboxData } from '@planbord/api-core';
import type { ReferenceDataService } from '@planbord/api-identity';
import type { Post } from './publishing.entities';

/**
 * What a publishing tool needs of a post, as outbound webhooks carry it: the text, the channel it goes out on, its
 * media, when, and a link back to it in Planbord.
 */
export async function postMessages(referenceData: ReferenceDataService, posts: readonly Post[]): Promise<OutboxData[]> {
  const channels = new Map(
    await Promise.all(
      [...new Set(posts.map((post) => post.channelId))].map(
        async (id) => [id, await referenceData.findChannel(id)] as const,
      ),
    ),
  );
  return posts.map((post) => {
    const channel = channels.get(post.channelId);
    return {
      id: post.id,
      title: post.title,
      text: post.body,
      status: post.status,
      channel: channel ? { id: channel.id, name: channel.name, kind: channel.kind, handle: channel.handle } : null,
      mediaUrls: post.mediaUrls,
      plannedAt: post.plannedAt?.toISOString() ?? null,
      publishedAt: post.publishedAt?.toISOString() ?? null,
      publishedUrl: post.publishedUrl,
      onHold: post.onHold,
      link: `/berichten/${post.id}`,
    };
  });
}
