import { useApolloClient, useMutation } from '@apollo/client/react';
import { refetchRootFields, UpdatePostDocument, type PostPatch } from '@planbord/web-graphql';
import { POST_LISTS } from './post-lists';

/** The post updates in place by id; an edit may send it back to review, so the lists refetch. */
export function useUpdatePost() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(UpdatePostDocument, {
    onCompleted: () => void refetchRootFields(client, POST_LISTS),
  });
  const updatePost = (id: string, expectedVersion: number, input: PostPatch) =>
    mutate({ variables: { id, expectedVersion, input } });
  return [updatePost, state] as const;
}
