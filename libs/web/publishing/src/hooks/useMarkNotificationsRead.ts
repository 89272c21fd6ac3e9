import { useMutation } from '@apollo/client/react';
import { MarkNotificationsReadDocument, UnreadNotificationCountDocument } from '@planbord/web-graphql';

/** Marks one (or all) read: the count comes back from the server, the list items are marked in the cache. */
export function useMarkNotificationsRead() {
  const [mutate, state] = useMutation(MarkNotificationsReadDocument);
  const markRead = (id: string | null) =>
    mutate({
      variables: { id },
      update(cache, { data }) {
        if (data)
          cache.writeQuery({
            query: UnreadNotificationCountDocument,
            data: { unreadNotificationCount: data.markNotificationsRead },
          });
        const now = new Date().toISOString();
        cache.modify({
          fields: {
            myNotifications: (existing: readonly { __ref: string }[] = [], { readField }) => {
              for (const ref of existing) {
                if (id !== null && readField('id', ref) !== id) continue;
                if (readField('readAt', ref)) continue;
                cache.modify({ id: ref.__ref, fields: { readAt: () => now } });
              }
              return existing;
            },
          },
        });
      },
    });
  return [markRead, state] as const;
}
