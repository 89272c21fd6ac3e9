import { useMutation } from '@apollo/client/react';
import { MoveSlotDocument } from '@planbord/web-graphql';

export function useMoveSlot() {
  const [mutate, state] = useMutation(MoveSlotDocument, { refetchQueries: ['Calendar', 'PlanningBalance'] });
  const moveSlot = (id: string, expectedVersion: number, startsAt: string) =>
    mutate({ variables: { id, expectedVersion, startsAt } });
  return [moveSlot, state] as const;
}
