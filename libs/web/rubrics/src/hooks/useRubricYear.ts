import { useQuery } from '@apollo/client/react';
import { RubricYearDocument } from '@planbord/web-graphql';

/** Each rubric's open, filled and skipped slots per month of the twelve months from `fromMonth` of `year`. */
export function useRubricYear(year: number, fromMonth: number) {
  const { data, previousData, loading, error, refetch } = useQuery(RubricYearDocument, {
    variables: { year, fromMonth },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const current = data ?? (loading ? previousData : undefined);
  return { rows: current?.rubricYear ?? null, loading, error, refetch };
}
