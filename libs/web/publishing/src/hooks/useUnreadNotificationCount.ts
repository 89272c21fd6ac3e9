import { useQuery } from '@apollo/client/react';
import { UnreadNotificationCountDocument } from '@planbord/web-graphql';

export function useUnreadNotificationCount() {
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  return { unread: data?.unreadNotificationCount ?? 0, refetch };
}
