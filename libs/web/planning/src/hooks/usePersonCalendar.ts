import { useQuery } from '@apollo/client/react';
import { CalendarDocument } from '@planbord/web-graphql';

/** One person's calendar in a range: what the assignment picker checks for a clashing COVER job. */
export function usePersonCalendar(userId: string | null, from: string, to: string) {
  const { data, loading } = useQuery(CalendarDocument, {
    variables: { from, to, filter: { userIds: userId ? [userId] : [] } },
    skip: !userId,
    fetchPolicy: 'cache-and-network',
  });
  return { calendar: data?.calendar ?? null, loading };
}
