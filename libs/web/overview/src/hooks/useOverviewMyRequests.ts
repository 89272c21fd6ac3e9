import { useQuery } from '@apollo/client/react';
import { OverviewMyRequestsDocument } from '@planbord/web-graphql';

/** The signed-in liaison's own requests. */
export function useOverviewMyRequests() {
  const { data, previousData, error, refetch } = useQuery(OverviewMyRequestsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, refetch };
}
