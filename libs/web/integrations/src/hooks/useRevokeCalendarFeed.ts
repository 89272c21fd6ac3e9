import { useMutation } from '@apollo/client/react';
import { evictRootFields, RevokeCalendarFeedDocument } from '@planbord/web-graphql';

/** Stops a feed's address at once. */
export function useRevokeCalendarFeed() {
  const [mutate, state] = useMutation(RevokeCalendarFeedDocument, {
    update: (cache) => evictRootFields(cache, ['calendarFeeds']),
  });
  const run = (id: string) => mutate({ variables: { id } });
  return [run, state] as const;
}
