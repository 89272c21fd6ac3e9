import { useQuery } from '@apollo/client/react';
import { OverviewWebcareDocument } from '@planbord/web-graphql';

/** The webcare queue, counted: how many wait and how many are overdue. */
export function useOverviewWebcare() {
  const { data, previousData, error, refetch } = useQuery(OverviewWebcareDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, refetch };
}
