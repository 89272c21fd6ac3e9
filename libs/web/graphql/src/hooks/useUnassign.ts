import { useApolloClient, useMutation } from '@apollo/client/react';
import { refetchRootFields, SHOWS_ASSIGNMENTS } from '../cache';
import { UnassignDocument } from '../generated';

/** The assignment is gone: it leaves the cache (and with it every list that held it). */
export function useUnassign() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(UnassignDocument);
  const unassign = async (id: string) => {
    const result = await mutate({
      variables: { id },
      update(cache, { data }) {
        if (!data?.unassign) return;
        cache.evict({ id: cache.identify({ __typename: 'Assignment', id }) });
        cache.gc();
      },
    });
    await refetchRootFields(client, SHOWS_ASSIGNMENTS);
    return result;
  };
  return [unassign, state] as const;
}
