import { useQuery } from '@apollo/client/react';
import { SlotPostsDocument } from '@planbord/web-graphql';

const DAY = 86_400_000;

/**
 * The posts in a slot. There is no slot query, so this asks the calendar for posts around the slot's time (the
 * slot's posts are planned at or near it) and keeps the slot's own; without a known time it looks a year ahead.
 */
export function useSlotPosts(slotId: string | undefined, slotStartsAt: string | null) {
  const around = slotStartsAt ? new Date(slotStartsAt).getTime() : null;
  const from = new Date(around !== null ? around - 7 * DAY : Date.now() - 30 * DAY).toISOString().slice(0, 10);
  const to = new Date(around !== null ? around + 8 * DAY : Date.now() + 365 * DAY).toISOString().slice(0, 10);
  const { data, loading, error, refetch } = useQuery(SlotPostsDocument, {
    variables: { from: `${from}T00:00:00.000Z`, to: `${to}T00:00:00.000Z` },
    skip: !slotId,
    fetchPolicy: 'cache-and-network',
  });
  const posts = data?.calendar.posts.filter((post) => post.slot?.id === slotId) ?? null;
  return { posts, loading, error, refetch };
}
