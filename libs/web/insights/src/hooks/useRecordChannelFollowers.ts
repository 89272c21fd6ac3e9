import { useMutation } from '@apollo/client/react';
import { RecordChannelFollowersDocument, evictRootFields } from '@planbord/web-graphql';

/** Records a channel's followers in a month; the lists of followers are read again. */
export function useRecordChannelFollowers() {
  const [mutate, state] = useMutation(RecordChannelFollowersDocument, {
    update: (cache) => evictRootFields(cache, ['channelFollowers']),
  });
  return [
    (channelId: string, month: string, followers: number, expectedVersion: number | null) =>
      mutate({ variables: { channelId, month, followers, expectedVersion } }),
    state,
  ] as const;
}
