import { useQuery } from '@apollo/client/react';
import { RubricYearDocument } from '@planbord/web-graphql';

/** Each rubric's open, filled and skipped slots per month of a year. */
export function useRubricYear(year: number) {
  const { data, previousData, loading, error, refetch } = useQuery(RubricYearDocument, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const current = data ?? (loading ? previousData : undefined);
  return { rows: current?.rubricYear ?? null, loading, error, refetch };
}
