import { useQuery } from '@apollo/client/react';
import { WebhookDeliveriesDocument } from '@planbord/web-graphql';

/** Every attempt at one webhook's messages, the latest first; asked again every few seconds while shown. */
export function useWebhookDeliveries(id: string) {
  const { data, loading, error, refetch } = useQuery(WebhookDeliveriesDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    pollInterval: 5000,
  });
  return { list: data?.webhookDeliveries ?? null, loading, error, refetch };
}
