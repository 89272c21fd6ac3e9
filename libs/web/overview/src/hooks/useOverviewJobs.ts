import { useQuery } from '@apollo/client/react';
import { OverviewJobsDocument } from '@planbord/web-graphql';

/** My jobs from `from` to `to`. */
export function useOverviewJobs(from: string, to: string) {
  const { data, previousData, error, refetch } = useQuery(OverviewJobsDocument, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, refetch };
}
