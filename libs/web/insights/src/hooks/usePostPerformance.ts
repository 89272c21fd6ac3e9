import { useQuery } from '@apollo/client/react';
import { ReportsPostPerformanceDocument, type ReportsPostPerformanceQueryVariables } from '@planbord/web-graphql';

/** The period's best and worst posts by interactions, each with its evaluations. */
export function usePostPerformance(variables: ReportsPostPerformanceQueryVariables) {
  const { data, previousData, error, refetch } = useQuery(ReportsPostPerformanceDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, refetch };
}
