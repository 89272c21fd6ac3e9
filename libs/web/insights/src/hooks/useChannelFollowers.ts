import { useQuery } from '@apollo/client/react';
import { ChannelFollowersDocument } from '@planbord/web-graphql';

/** Followers per channel for the months from `from` to `to` (first days). */
export function useChannelFollowers(from: string, to: string) {
  const { data, loading, error, refetch } = useQuery(ChannelFollowersDocument, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  return { followers: data?.channelFollowers ?? null, loading, error, refetch };
}
