import { useEffect, useRef } from 'react';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { CalendarChangedDocument, type CalendarChangedSubscription } from '../generated';

export type CalendarChange = CalendarChangedSubscription['calendarChanged'];

/**
 * Listens for `calendarChanged` and refetches the caller's queries on screen that a change made stale, once per burst
 * of changes (a planner assigning five people causes one refresh, not five).
 */
export function useCalendarChanged(staleQueries: (change: CalendarChange) => readonly string[], debounceMs: number) {
  const client = useApolloClient();
  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useSubscription(CalendarChangedDocument, {
    onData: ({ data }) => {
      const change = data.data?.calendarChanged;
      if (!change) return;
      for (const query of staleQueries(change)) pending.current.add(query);
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
