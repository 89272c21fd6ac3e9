import { useQuery } from '@apollo/client/react';
import { ReportsEngagementDocument, type ReportsEngagementQueryVariables } from '@planbord/web-graphql';

/** Reach and interactions of the period's posts, by the chosen group. */
export function useEngagementReport(variables: ReportsEngagementQueryVariables) {
  const { data, previousData, error, refetch, loading } = useQuery(ReportsEngagementDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, loading, refetch };
}
