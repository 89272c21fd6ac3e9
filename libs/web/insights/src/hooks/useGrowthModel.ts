import { useQuery } from '@apollo/client/react';
import { ReportsGrowthModelDocument } from '@planbord/web-graphql';

/** Where the team stands in the growth model, with every indicator. */
export function useGrowthModel() {
  const { data, previousData, error, refetch, loading } = useQuery(ReportsGrowthModelDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, loading, refetch };
}
