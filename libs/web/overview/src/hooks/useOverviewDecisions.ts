import { useQuery } from '@apollo/client/react';
import { OverviewDecisionsDocument } from '@planbord/web-graphql';

/** The newsroom's decisions of today. */
export function useOverviewDecisions(from: string, to: string) {
  const { data, previousData, error, refetch } = useQuery(OverviewDecisionsDocument, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, refetch };
}
