import { useQuery } from '@apollo/client/react';
import { CalendarFeedsDocument } from '@planbord/web-graphql';

/** My calendar feeds that still answer. */
export function useCalendarFeeds() {
  const { data, error, refetch } = useQuery(CalendarFeedsDocument, { fetchPolicy: 'cache-and-network' });
  return { feeds: data?.calendarFeeds, error, refetch };
}
