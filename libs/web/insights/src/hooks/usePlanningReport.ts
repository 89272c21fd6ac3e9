import { useQuery } from '@apollo/client/react';
import { ReportsPlanningDocument, type ReportsPlanningQueryVariables } from '@planbord/web-graphql';

/** How the period was planned: coverage, rubric slots, free room, requests. */
export function usePlanningReport(variables: ReportsPlanningQueryVariables) {
  const { data, previousData, error, refetch, loading } = useQuery(ReportsPlanningDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, loading, refetch };
}
