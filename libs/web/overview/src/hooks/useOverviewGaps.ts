import { useQuery } from '@apollo/client/react';
import { OverviewGapsDocument } from '@planbord/web-graphql';

/** Planned events in the range that are not covered yet. */
export function useOverviewGaps(from: string, to: string) {
  const { data, previousData, error, refetch } = useQuery(OverviewGapsDocument, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, refetch };
}
