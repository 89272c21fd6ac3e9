import { useMutation } from '@apollo/client/react';
import { CreateCalendarFeedDocument, evictRootFields, type CalendarFeedScope } from '@planbord/web-graphql';

/** Makes a feed; the answer holds its secret address, shown this once. */
export function useCreateCalendarFeed() {
  const [mutate, state] = useMutation(CreateCalendarFeedDocument, {
    update: (cache) => evictRootFields(cache, ['calendarFeeds']),
  });
  const run = (scope: CalendarFeedScope, targetId: string | null) => mutate({ variables: { scope, targetId } });
  return [run, state] as const;
}
