import { useMutation } from '@apollo/client/react';
import { UpdatePostDocument, type PostPatch } from '@planbord/web-graphql';
import { POST_LISTS } from './refetch';

/** The post updates in place by id; an edit may send it back to review, so the lists refetch. */
export function useUpdatePost() {
  const [mutate, state] = useMutation(UpdatePostDocument, { refetchQueries: POST_LISTS });
  const updatePost = (id: string, expectedVersion: number, input: PostPatch) => mutate({ variables: { id, expectedVersion, input } });
  return [updatePost, state] as const;
}
