import { useMutation } from '@apollo/client/react';
import { DecideChannelProposalDocument } from '@planbord/web-graphql';

export function useDecideChannelProposal() {
  const [mutate, state] = useMutation(DecideChannelProposalDocument, {
    // The proposal leaves the review list; an approved channel joins the channel pickers.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'channelProposals' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'channels' });
      cache.gc();
    },
  });
  const decide = (id: string, expectedVersion: number, approve: boolean, note: string | null) =>
    mutate({ variables: { id, expectedVersion, approve, note } });
  return [decide, state] as const;
}
