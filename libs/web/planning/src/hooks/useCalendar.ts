import { useQuery } from '@apollo/client/react';
import { CalendarDocument, type CalendarFilter } from '@planbord/web-graphql';

/** Events and slots in a range; while a new range loads the previous one stays on screen. */
export function useCalendar(from: string, to: string, filter: CalendarFilter | null, skip = false) {
  const { data, previousData, loading, error, refetch } = useQuery(CalendarDocument, {
    variables: { from, to, filter },
    notifyOnNetworkStatusChange: true,
    skip,
  });
  const calendar = (data ?? previousData)?.calendar ?? null;
  return { calendar, loading, error, refetch, stale: !data && !!previousData };
}
