import { useMutation } from '@apollo/client/react';
import { UnassignFromPostDocument } from '@planbord/web-graphql';

/** The job is gone: it leaves the cache (and with it the post's list); the assignee's work list refetches. */
export function useUnassignFromPost() {
  const [mutate, state] = useMutation(UnassignFromPostDocument, { refetchQueries: ['MyWork'] });
  const unassignFromPost = (id: string) =>
    mutate({
      variables: { id },
      update(cache, { data }) {
        if (!data?.unassign) return;
        cache.evict({ id: cache.identify({ __typename: 'Assignment', id }) });
        cache.gc();
      },
    });
  return [unassignFromPost, state] as const;
}
