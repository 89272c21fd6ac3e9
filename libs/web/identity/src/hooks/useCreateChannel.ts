import { useMutation } from '@apollo/client/react';
import { CreateChannelDocument, type ChannelInput } from '@planbord/web-graphql';

export function useCreateChannel() {
  const [mutate, state] = useMutation(CreateChannelDocument, {
    // Every cached list (with or without inactive ones) loads again, sorted by the server, with the new one in it.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'channels' });
      cache.gc();
    },
  });
  const createChannel = (input: ChannelInput) => mutate({ variables: { input } });
  return [createChannel, state] as const;
}
