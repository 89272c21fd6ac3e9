import { useQuery } from '@apollo/client/react';
import { ReportsParticipationDocument, type ReportsParticipationQueryVariables } from '@planbord/web-graphql';

/** Return on Participation of the period, with its formula. */
export function useParticipationReport(variables: ReportsParticipationQueryVariables) {
  const { data, previousData, error, refetch, loading } = useQuery(ReportsParticipationDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, loading, refetch };
}
