import { useQuery } from '@apollo/client/react';
import { WebhooksDocument } from '@planbord/web-graphql';

/** The organisation's outbound webhooks. */
export function useWebhooks() {
  const { data, loading, error, refetch } = useQuery(WebhooksDocument, { fetchPolicy: 'cache-and-network' });
  return { list: data?.webhooks ?? null, loading, error, refetch };
}
