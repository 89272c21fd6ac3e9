import { useMutation } from '@apollo/client/react';
import { CancelEventDocument } from '@planbord/web-graphql';

export function useCancelEvent() {
  const [mutate, state] = useMutation(CancelEventDocument, {
    refetchQueries: ['Calendar', 'Workload', 'PlanningBalance'],
  });
  const cancelEvent = (id: string, expectedVersion: number, reason: string) =>
    mutate({ variables: { id, expectedVersion, reason } });
  return [cancelEvent, state] as const;
}
