import { useQuery } from '@apollo/client/react';
import { ChannelProposalsDocument, type ChannelStatus } from '@planbord/web-graphql';

/** Channel proposals, newest first: an editor's review list (`status`), or the proposer's own (`mine`). */
export function useChannelProposals(variables: { status?: ChannelStatus[]; mine?: boolean }) {
  const { data, previousData, loading, error, refetch } = useQuery(ChannelProposalsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  return { proposals: shown?.channelProposals ?? null, loading, error, refetch };
}
