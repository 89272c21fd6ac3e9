import { useMutation } from '@apollo/client/react';
import { RespondToAssignmentDocument } from '@planbord/web-graphql';

/** The assignment updates in place; a decline changes coverage, so the lists that show it refetch. */
export function useRespondToAssignment() {
  const [mutate, state] = useMutation(RespondToAssignmentDocument, { refetchQueries: ['Calendar', 'PlanningEvent', 'Workload'] });
  const respond = (id: string, expectedVersion: number, accept: boolean, note: string | null) =>
    mutate({ variables: { id, expectedVersion, accept, note } });
  return [respond, state] as const;
}
