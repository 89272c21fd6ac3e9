import { useQuery } from '@apollo/client/react';
import { CrisisDocument } from '@planbord/web-graphql';

export function useCrisis() {
  const { data, error, refetch } = useQuery(CrisisDocument, { fetchPolicy: 'cache-and-network' });
  return { crisis: data?.crisis ?? null, error, refetch };
}
