import { useEffect, useRef } from 'react';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { PublishingCalendarChangedDocument } from '@planbord/web-graphql';

/** What a change elsewhere may have made stale, per kind of thing that changed. */
const STALE: Record<string, string[]> = {
  Crisis: ['Crisis', 'ApprovalQueue', 'ApprovalQueueCount', 'Post', 'EventPosts', 'SlotPosts'],
  Post: ['ApprovalQueue', 'ApprovalQueueCount', 'MyWork', 'EventPosts', 'SlotPosts'],
  Assignment: ['MyWork'],
};

/**
 * Listens for `calendarChanged` once for the whole app (the shell mounts it) and refetches the publishing queries on
 * screen, once per burst: the crisis banner flips for everyone, the approval count stays current.
 */
export function usePublishingCalendarChanged(debounceMs = 300) {
  const client = useApolloClient();
  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useSubscription(PublishingCalendarChangedDocument, {
    onData: ({ data }) => {
      const change = data.data?.calendarChanged;
      if (!change) return;
      for (const query of STALE[change.entityType] ?? []) pending.current.add(query);
      if (pending.current.size === 0) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        const include = [...pending.current];
        pending.current.clear();
        void client.refetchQueries({ include });
      }, debounceMs);
    },
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
}
