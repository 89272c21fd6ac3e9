import { useMutation } from '@apollo/client/react';
import { SendTestWebhookDocument } from '@planbord/web-graphql';

/** Sends a webhook.test message; its attempt appears in the delivery log, which is asked again. */
export function useSendTestWebhook() {
  const [mutate, state] = useMutation(SendTestWebhookDocument, {
    refetchQueries: ['WebhookDeliveries'],
  });
  const run = (id: string) => mutate({ variables: { id } });
  return [run, state] as const;
}
