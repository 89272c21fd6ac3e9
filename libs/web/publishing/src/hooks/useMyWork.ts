import { useQuery } from '@apollo/client/react';
import { MyWorkDocument } from '@planbord/web-graphql';

export function useMyWork(from: string, to: string) {
  const { data, previousData, loading, error, refetch } = useQuery(MyWorkDocument, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  return { work: (data ?? previousData)?.myWork ?? null, loading, error, refetch };
}
