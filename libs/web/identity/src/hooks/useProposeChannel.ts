import { useMutation } from '@apollo/client/react';
import { ProposeChannelDocument, type ChannelProposalInput } from '@planbord/web-graphql';

export function useProposeChannel() {
  const [mutate, state] = useMutation(ProposeChannelDocument, {
    // Every list of proposals loads again, sorted by the server, with the new one in it.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'channelProposals' });
      cache.gc();
    },
  });
  const proposeChannel = (input: ChannelProposalInput) => mutate({ variables: { input } });
  return [proposeChannel, state] as const;
}
