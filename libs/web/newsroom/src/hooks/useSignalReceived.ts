import { useApolloClient, useSubscription } from '@apollo/client/react';
import { evictRootFields, SignalReceivedDocument } from '@planbord/web-graphql';
import { SHOWS_SIGNALS } from './cache-fields';

/** A new signal arrived (webhook, feed, import or a colleague's note): the lists that show signals load again. */
export function useSignalReceived(onReceived?: (id: string) => void) {
  const client = useApolloClient();
  useSubscription(SignalReceivedDocument, {
    onData: ({ data }) => {
      evictRootFields(client.cache, SHOWS_SIGNALS);
      const id = data.data?.signalReceived.id;
      if (id) onReceived?.(id);
    },
  });
}
