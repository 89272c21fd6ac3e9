import { useQuery } from '@apollo/client/react';
import { PlanningBalanceDocument } from '@planbord/web-graphql';

export function usePlanningBalance(from: string, to: string) {
  const { data, previousData, loading, error } = useQuery(PlanningBalanceDocument, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  return { weeks: (data ?? previousData)?.planningBalance ?? null, loading, error };
}
