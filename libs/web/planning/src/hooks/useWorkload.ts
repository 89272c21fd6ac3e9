import { useQuery } from '@apollo/client/react';
import { WorkloadDocument } from '@planbord/web-graphql';

/** Planned minutes against capacity per team member in a range (the team only: liaisons never ask). */
export function useWorkload(from: string, to: string, skip = false) {
  const { data, previousData, loading, error } = useQuery(WorkloadDocument, {
    variables: { from, to },
    skip,
    fetchPolicy: 'cache-and-network',
  });
  return { workload: (data ?? previousData)?.workload ?? null, loading, error };
}
