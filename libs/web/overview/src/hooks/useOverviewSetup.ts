import { useQuery } from '@apollo/client/react';
import { OverviewSetupDocument } from '@planbord/web-graphql';

/** What the administrator still has to set up. */
export function useOverviewSetup() {
  const { data, previousData, error, refetch } = useQuery(OverviewSetupDocument, { fetchPolicy: 'cache-and-network' });
  return { data: data ?? previousData ?? null, error, refetch };
}
