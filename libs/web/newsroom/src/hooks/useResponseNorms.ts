import { useQuery } from '@apollo/client/react';
import { ResponseNormsDocument } from '@planbord/web-graphql';

/** The first-reply norm of every source. */
export function useResponseNorms() {
  const { data, loading, error, refetch } = useQuery(ResponseNormsDocument, { fetchPolicy: 'cache-and-network' });
  return { list: data?.responseNorms ?? null, loading, error, refetch };
}
