import { useMutation } from '@apollo/client/react';
import { UpdateChannelDocument, type ChannelPatch } from '@planbord/web-graphql';

export function useUpdateChannel() {
  const [mutate, state] = useMutation(UpdateChannelDocument, {
    // The entity itself updates in place by id; lists reload because (de)activation and renaming change them.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'channels' });
      cache.gc();
    },
  });
  const updateChannel = (id: string, input: ChannelPatch, expectedVersion: number) =>
    mutate({ variables: { id, input, expectedVersion } });
  return [updateChannel, state] as const;
}
