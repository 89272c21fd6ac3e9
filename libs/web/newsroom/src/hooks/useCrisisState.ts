import { useQuery } from '@apollo/client/react';
import { CrisisDocument } from '@planbord/web-graphql';

/** Whether crisis mode is on, and since when. */
export function useCrisisState() {
  const { data, error, refetch } = useQuery(CrisisDocument, { fetchPolicy: 'cache-and-network' });
  return { crisis: data?.crisis ?? null, error, refetch };
}
