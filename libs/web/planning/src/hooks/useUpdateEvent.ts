import { useMutation } from '@apollo/client/react';
import { UpdateEventDocument, type EventPatch } from '@planbord/web-graphql';

/** The event updates in place (same id); the calendar refetches, as a new time may move it to another day. */
export function useUpdateEvent() {
  const [mutate, state] = useMutation(UpdateEventDocument, {
    refetchQueries: ['Calendar', 'Workload', 'PlanningBalance'],
  });
  const updateEvent = (id: string, expectedVersion: number, input: EventPatch) =>
    mutate({ variables: { id, expectedVersion, input } });
  return [updateEvent, state] as const;
}
