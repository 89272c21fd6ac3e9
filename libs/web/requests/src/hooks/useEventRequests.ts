import { useQuery } from '@apollo/client/react';
import { EventRequestsDocument, type EventStatus } from '@planbord/web-graphql';

/** A liaison's own requests (`mine`), or the team's triage queue, optionally narrowed to some statuses. */
export function useEventRequests(mine: boolean, status: EventStatus[] | null) {
  const { data, previousData, loading, error, refetch } = useQuery(EventRequestsDocument, {
    variables: { mine, status },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  return { requests: (data ?? previousData)?.eventRequests ?? null, loading, error, refetch };
}
