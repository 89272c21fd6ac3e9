import { useMutation } from '@apollo/client/react';
import { CreateWebhookDocument, evictRootFields } from '@planbord/web-graphql';

/** Adds a webhook; the answer holds its secret, shown this once. */
export function useCreateWebhook() {
  const [mutate, state] = useMutation(CreateWebhookDocument, {
    update: (cache) => evictRootFields(cache, ['webhooks']),
  });
  const run = (url: string, events: string[]) => mutate({ variables: { url, events } });
  return [run, state] as const;
}
