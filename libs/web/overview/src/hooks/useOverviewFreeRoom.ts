import { useQuery } from '@apollo/client/react';
import { OverviewFreeRoomDocument } from '@planbord/web-graphql';

/** The planning balance of the weeks in the range. */
export function useOverviewFreeRoom(from: string, to: string) {
  const { data, previousData, error, refetch } = useQuery(OverviewFreeRoomDocument, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, refetch };
}
