import { useQuery } from '@apollo/client/react';
import { OverviewCrisisDocument } from '@planbord/web-graphql';

/** Whether crisis mode is on, and how many posts it holds. */
export function useOverviewCrisis() {
  const { data, previousData, error, refetch } = useQuery(OverviewCrisisDocument, { fetchPolicy: 'cache-and-network' });
  return { data: data ?? previousData ?? null, error, refetch };
}
