import { useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { SignalsDocument, type SignalFilter } from '@planbord/web-graphql';

export const INBOX_PAGE = 50;

/** The inbox: signals newest first under a filter, a page at a time (the cursor goes on where the last page ended). */
export function useSignals(filter: SignalFilter) {
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(SignalsDocument, {
    variables: { filter, first: INBOX_PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
    // A second change while the first one's reload is on the wire needs its own reload, not a share of the older one.
    context: { queryDeduplication: false },
  });
  // While a changed signal reloads the list, the list on screen stays (the keyboard's place in it too).
  const last = useRef<NonNullable<typeof data>['signals'] | null>(null);
  const current = (data ?? previousData)?.signals ?? null;
  if (current) last.current = current;
  const connection = current ?? last.current;
  const loadMore = () =>
    connection?.endCursor
      ? fetchMore({
          variables: { after: connection.endCursor },
          updateQuery: (previous, { fetchMoreResult }) => ({
            signals: {
              ...fetchMoreResult.signals,
              nodes: [...(previous.signals?.nodes ?? []), ...fetchMoreResult.signals.nodes],
            },
          }),
        })
      : Promise.resolve();
  return { connection, loading, error, refetch, loadMore };
}
