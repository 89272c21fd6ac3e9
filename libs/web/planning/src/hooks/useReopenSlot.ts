import { useMutation } from '@apollo/client/react';
import { ReopenSlotDocument } from '@planbord/web-graphql';

export function useReopenSlot() {
  const [mutate, state] = useMutation(ReopenSlotDocument, { refetchQueries: ['PlanningBalance'] });
  const reopenSlot = (id: string, expectedVersion: number) => mutate({ variables: { id, expectedVersion } });
  return [reopenSlot, state] as const;
}
