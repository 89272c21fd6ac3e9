import { useQuery } from '@apollo/client/react';
import { OverviewOpenRequestsDocument } from '@planbord/web-graphql';

/** Requests that wait for the team's answer. */
export function useOverviewOpenRequests() {
  const { data, previousData, error, refetch } = useQuery(OverviewOpenRequestsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, refetch };
}
