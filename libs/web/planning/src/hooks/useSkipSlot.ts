import { useMutation } from '@apollo/client/react';
import { SkipSlotDocument } from '@planbord/web-graphql';

export function useSkipSlot() {
  const [mutate, state] = useMutation(SkipSlotDocument, { refetchQueries: ['PlanningBalance'] });
  const skipSlot = (id: string, expectedVersion: number, reason: string) =>
    mutate({ variables: { id, expectedVersion, reason } });
  return [skipSlot, state] as const;
}
