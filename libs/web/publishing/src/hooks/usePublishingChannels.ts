import { useQuery } from '@apollo/client/react';
import { PublishingChannelsDocument } from '@planbord/web-graphql';

export function usePublishingChannels() {
  const { data, loading, error } = useQuery(PublishingChannelsDocument, { fetchPolicy: 'cache-first' });
  return { channels: data?.channels ?? null, loading, error };
}
