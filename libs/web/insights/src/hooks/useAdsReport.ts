import { useQuery } from '@apollo/client/react';
import { ReportsAdsDocument, type ReportsAdsQueryVariables } from '@planbord/web-graphql';

/** The year's paid reach against its ads budget. */
export function useAdsReport(variables: ReportsAdsQueryVariables) {
  const { data, previousData, error, refetch, loading } = useQuery(ReportsAdsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, loading, refetch };
}
