import { useQuery } from '@apollo/client/react';
import { ChannelsDocument } from '@planbord/web-graphql';

/** The active channels to choose from. */
export function useChannels() {
  const { data, loading, error } = useQuery(ChannelsDocument, { variables: { includeInactive: false, take: 200 } });
  return { channels: data?.channels ?? null, loading, error };
}
