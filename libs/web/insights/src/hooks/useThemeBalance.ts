import { useQuery } from '@apollo/client/react';
import { ReportsThemeBalanceDocument, type ReportsThemeBalanceQueryVariables } from '@planbord/web-graphql';

/** Per theme: signals of residents beside our published posts. */
export function useThemeBalance(variables: ReportsThemeBalanceQueryVariables) {
  const { data, previousData, error, refetch, loading } = useQuery(ReportsThemeBalanceDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, loading, refetch };
}
