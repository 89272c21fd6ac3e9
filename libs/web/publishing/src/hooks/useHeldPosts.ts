import { useQuery } from '@apollo/client/react';
import { HeldPostsDocument } from '@planbord/web-graphql';

/** The posts crisis mode holds back. */
export function useHeldPosts() {
  const { data, previousData, error, refetch } = useQuery(HeldPostsDocument, { fetchPolicy: 'cache-and-network' });
  return { posts: (data ?? previousData)?.heldPosts ?? null, error, refetch };
}
