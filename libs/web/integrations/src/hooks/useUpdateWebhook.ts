import { useMutation } from '@apollo/client/react';
import { UpdateWebhookDocument, type WebhookPatch } from '@planbord/web-graphql';

/** Changes a webhook's address or events, or switches it off or on; the cache updates the webhook by its id. */
export function useUpdateWebhook() {
  const [mutate, state] = useMutation(UpdateWebhookDocument);
  const run = (id: string, expectedVersion: number, input: WebhookPatch) =>
    mutate({ variables: { id, expectedVersion, input } });
  return [run, state] as const;
}
