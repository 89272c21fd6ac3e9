import { useQuery } from '@apollo/client/react';
import { ChannelsDocument } from '@planbord/web-graphql';

export function useChannels(includeInactive = false) {
  const { data, previousData, loading, error, refetch } = useQuery(ChannelsDocument, {
    variables: { includeInactive, take: 200 },
    notifyOnNetworkStatusChange: true,
  });
  return { channels: (data ?? previousData)?.channels ?? null, loading, error, refetch };
}
