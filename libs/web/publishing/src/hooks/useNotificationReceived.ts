import { useApolloClient, useSubscription } from '@apollo/client/react';
import { NotificationReceivedDocument } from '@planbord/web-graphql';

/** A personal notification arrived: the bell's count and list refetch. */
export function useNotificationReceived() {
  const client = useApolloClient();
  useSubscription(NotificationReceivedDocument, {
    onData: () => void client.refetchQueries({ include: ['UnreadNotificationCount', 'MyNotifications'] }),
  });
}
