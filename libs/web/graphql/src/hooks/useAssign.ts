import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { refetchRootFields, SHOWS_ASSIGNMENTS } from '../cache';
import { AssignDocument, type AssignInput } from '../generated';

/**
 * A person gets a job on an event, slot or post; a post's own list takes it at once (its form may hold unsaved edits).
 * `loading` lasts until the views that show jobs are fresh again.
 */
export function useAssign() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(AssignDocument);
  const [refreshing, setRefreshing] = useState(false);
  const assign = async (input: AssignInput) => {
    const result = await mutate({
      variables: { input },
      update(cache, { data }) {
        const created = data?.assign;
        if (!created || !input.postId) return;
        cache.modify({
          id: cache.identify({ __typename: 'Post', id: input.postId }),
          fields: {
            assignments(existing, { toReference }) {
              const added = toReference(created);
              return added && Array.isArray(existing) ? [...existing, added] : existing;
            },
          },
        });
      },
    });
    setRefreshing(true);
    try {
      await refetchRootFields(client, SHOWS_ASSIGNMENTS);
    } finally {
      setRefreshing(false);
    }
    return result;
  };
  return [assign, { ...state, loading: state.loading || refreshing }] as const;
}
