import { useMutation } from '@apollo/client/react';
import { RespondToMyAssignmentDocument } from '@planbord/web-graphql';

/** The assignment updates in place; coverage elsewhere changes, so the calendar views refetch. */
export function useRespondToMyAssignment() {
  const [mutate, state] = useMutation(RespondToMyAssignmentDocument, { refetchQueries: ['Calendar', 'PlanningEvent', 'Workload'] });
  const respond = (id: string, expectedVersion: number, accept: boolean, note: string | null) => mutate({ variables: { id, expectedVersion, accept, note } });
  return [respond, state] as const;
}
