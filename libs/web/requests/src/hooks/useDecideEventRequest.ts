import { useMutation } from '@apollo/client/react';
import { DecideEventRequestDocument } from '@planbord/web-graphql';

export function useDecideEventRequest() {
  const [mutate, state] = useMutation(DecideEventRequestDocument, {
    // A decided request leaves the open queue and joins the decided one; an accepted one appears in the calendar.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'eventRequests' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'calendar' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'planningGaps' });
      cache.gc();
    },
  });
  const decideEventRequest = (id: string, expectedVersion: number, accept: boolean, note: string | null) =>
    mutate({ variables: { id, expectedVersion, accept, note } });
  return [decideEventRequest, state] as const;
}
