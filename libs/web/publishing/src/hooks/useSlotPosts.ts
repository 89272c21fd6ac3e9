import { useQuery } from '@apollo/client/react';
import { SlotPostsDocument } from '@planbord/web-graphql';

/** The post in a slot (a slot holds at most one), as a list like an event's posts; null until known. */
export function useSlotPosts(slotId: string | undefined) {
  const { data, loading, error, refetch } = useQuery(SlotPostsDocument, {
    variables: { id: slotId ?? '' },
    skip: !slotId,
    fetchPolicy: 'cache-and-network',
  });
  const slot = data?.slot;
  const posts = slot === undefined ? null : slot?.post ? [slot.post] : [];
  return { posts, loading, error, refetch };
}
