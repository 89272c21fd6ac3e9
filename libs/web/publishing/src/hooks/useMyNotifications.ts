import { useQuery } from '@apollo/client/react';
import { MyNotificationsDocument } from '@planbord/web-graphql';

/** The newest notifications, read and unread; fetched when the bell opens. */
export function useMyNotifications(enabled: boolean) {
  const { data, loading, error, refetch } = useQuery(MyNotificationsDocument, {
    variables: { take: 30 },
    skip: !enabled,
    fetchPolicy: 'cache-and-network',
  });
  return { notifications: data?.myNotifications ?? null, loading, error, refetch };
}
