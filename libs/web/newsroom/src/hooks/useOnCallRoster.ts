import { useQuery } from '@apollo/client/react';
import { OnCallRosterDocument } from '@planbord/web-graphql';

/** The on-call shifts that overlap a period. */
export function useOnCallRoster(from: string, to: string) {
  const { data, loading, error, refetch } = useQuery(OnCallRosterDocument, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  return { list: data?.onCallRoster ?? null, loading, error, refetch };
}
