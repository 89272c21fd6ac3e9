import { useQuery } from '@apollo/client/react';
import { EventPostsDocument } from '@planbord/web-graphql';

export function useEventPosts(eventId: string | undefined) {
  const { data, loading, error, refetch } = useQuery(EventPostsDocument, {
    variables: { id: eventId ?? '' },
    skip: !eventId,
    fetchPolicy: 'cache-and-network',
  });
  return { event: data?.event ?? null, posts: data?.event?.posts ?? null, loading, error, refetch };
}
