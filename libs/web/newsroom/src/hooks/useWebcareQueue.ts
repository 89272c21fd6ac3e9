import { useQuery } from '@apollo/client/react';
import { WebcareQueueDocument } from '@planbord/web-graphql';

/** The signals that wait for a first reply, the soonest due first (the server's order). */
export function useWebcareQueue() {
  const { data, previousData, loading, error, refetch } = useQuery(WebcareQueueDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return { queue: (data ?? previousData)?.webcareQueue ?? null, loading, error, refetch };
}
