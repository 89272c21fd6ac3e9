import { useMutation } from '@apollo/client/react';
import { RotateWebhookSecretDocument } from '@planbord/web-graphql';

/** A new secret for a webhook, shown this once; the old one stops signing at once. */
export function useRotateWebhookSecret() {
  const [mutate, state] = useMutation(RotateWebhookSecretDocument);
  const run = (id: string) => mutate({ variables: { id } });
  return [run, state] as const;
}
