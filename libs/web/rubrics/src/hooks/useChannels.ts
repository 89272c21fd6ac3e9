import { useQuery } from '@apollo/client/react';
import { ChannelsDocument } from '@planbord/web-graphql';

/** The active channels a rubric can go out on. */
export function useChannels() {
  const { data } = useQuery(ChannelsDocument, { variables: { includeInactive: false, take: 200 } });
  return data?.channels ?? null;
}
