import { useQuery } from '@apollo/client/react';
import { ReportsKeyFiguresDocument, type ReportsKeyFiguresQueryVariables } from '@planbord/web-graphql';

/** The key figures of a period and of the period before it. */
export function useKeyFigures(variables: ReportsKeyFiguresQueryVariables) {
  const { data, previousData, error, refetch, loading } = useQuery(ReportsKeyFiguresDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, loading, refetch };
}
