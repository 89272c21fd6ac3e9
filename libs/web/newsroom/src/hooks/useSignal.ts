import { useQuery } from '@apollo/client/react';
import { SignalDocument } from '@planbord/web-graphql';

/** One signal with its interpretation, replies and decisions; nothing is asked without an id. */
export function useSignal(id: string | null) {
  const { data, previousData, loading, error, refetch } = useQuery(SignalDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
  const signal = (data ?? previousData)?.signal ?? null;
  return { signal: signal && signal.id === id ? signal : null, loading, error, refetch };
}
