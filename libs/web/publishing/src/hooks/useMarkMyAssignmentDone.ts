import { useMutation } from '@apollo/client/react';
import { MarkMyAssignmentDoneDocument } from '@planbord/web-graphql';

export function useMarkMyAssignmentDone() {
  const [mutate, state] = useMutation(MarkMyAssignmentDoneDocument, { refetchQueries: ['Calendar', 'PlanningEvent', 'Workload'] });
  const markDone = (id: string, expectedVersion: number) => mutate({ variables: { id, expectedVersion } });
  return [markDone, state] as const;
}
