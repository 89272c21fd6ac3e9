import { useQuery } from '@apollo/client/react';
import { ReportsWebcareDocument, type ReportsWebcareQueryVariables } from '@planbord/web-graphql';

/** Webcare per source: answered, within the norm, reply times. */
export function useWebcareReport(variables: ReportsWebcareQueryVariables) {
  const { data, previousData, error, refetch, loading } = useQuery(ReportsWebcareDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, loading, refetch };
}
