import { useMutation } from '@apollo/client/react';
import { SubmitEventRequestDocument, type EventRequestInput } from '@planbord/web-graphql';

export function useSubmitEventRequest() {
  const [mutate, state] = useMutation(SubmitEventRequestDocument, {
    // Every cached request list loads again, in the server's order, with the new request in it.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'eventRequests' });
      cache.gc();
    },
  });
  const submitEventRequest = (input: EventRequestInput, idempotencyKey: string) =>
    mutate({ variables: { input, idempotencyKey } });
  return [submitEventRequest, state] as const;
}
