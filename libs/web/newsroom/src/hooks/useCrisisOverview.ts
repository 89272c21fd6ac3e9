import { useQuery } from '@apollo/client/react';
import { CrisisOverviewDocument } from '@planbord/web-graphql';

/** Crisis signals per hour, how many still wait and the busiest topics: of the current crisis unless a period is given. */
export function useCrisisOverview(from: string | null, to: string | null) {
  const { data, previousData, loading, error, refetch } = useQuery(CrisisOverviewDocument, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  return { overview: (data ?? previousData)?.crisisOverview ?? null, loading, error, refetch };
}
