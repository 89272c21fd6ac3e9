import { useMutation } from '@apollo/client/react';
import { UnassignDocument } from '@planbord/web-graphql';

/** The assignment is gone: it leaves the cache, and the lists and workloads that counted it refetch. */
export function useUnassign() {
  const [mutate, state] = useMutation(UnassignDocument, {
    refetchQueries: ['Calendar', 'PlanningEvent', 'Workload', 'PlanningBalance'],
    awaitRefetchQueries: true,
  });
  const unassign = (id: string) =>
    mutate({
      variables: { id },
      update(cache, { data }) {
        if (data?.unassign) {
          cache.evict({ id: cache.identify({ __typename: 'Assignment', id }) });
          cache.gc();
        }
      },
    });
  return [unassign, state] as const;
}
