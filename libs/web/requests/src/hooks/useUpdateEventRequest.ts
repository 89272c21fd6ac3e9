import { useMutation } from '@apollo/client/react';
import { UpdateEventRequestDocument, type EventPatch } from '@planbord/web-graphql';

/** A liaison edits their own request while it is open; the request updates in place in every list by its id. */
export function useUpdateEventRequest() {
  const [mutate, state] = useMutation(UpdateEventRequestDocument, {
    update(cache) {
      // The due-date order of the queues may change with the dates.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'eventRequests' });
      cache.gc();
    },
  });
  const updateEventRequest = (id: string, expectedVersion: number, input: EventPatch) =>
    mutate({ variables: { id, expectedVersion, input } });
  return [updateEventRequest, state] as const;
}
