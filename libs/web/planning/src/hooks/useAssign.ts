import { useMutation } from '@apollo/client/react';
import { AssignDocument, type AssignInput } from '@planbord/web-graphql';

/** A new assignment changes its event's or slot's list and coverage, and the person's workload: those refetch. */
export function useAssign() {
  const [mutate, state] = useMutation(AssignDocument, {
    refetchQueries: ['Calendar', 'PlanningEvent', 'Workload', 'PlanningBalance'],
    awaitRefetchQueries: true,
  });
  const assign = (input: AssignInput) => mutate({ variables: { input } });
  return [assign, state] as const;
}
