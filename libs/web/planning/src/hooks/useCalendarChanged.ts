import { useEffect, useRef } from 'react';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { CalendarChangedDocument } from '@planbord/web-graphql';

/** The queries that show planning state: what a change elsewhere may have made stale. */
const PLANNING_QUERIES = ['Calendar', 'PlanningEvent', 'Workload', 'PlanningBalance'];

/**
 * Listens for `calendarChanged` and refetches the planning queries on screen, once per burst of changes (a planner
 * assigning five people causes one refresh, not five).
 */
export function useCalendarChanged(debounceMs = 400) {
  const client = useApolloClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useSubscription(CalendarChangedDocument, {
    onData: () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void client.refetchQueries({ include: PLANNING_QUERIES });
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
