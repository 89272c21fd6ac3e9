import { useMutation } from '@apollo/client/react';
import { AddPostCommentDocument } from '@planbord/web-graphql';

/** The thread is part of the post query, which comes back with the new comment in its place. */
export function useAddPostComment() {
  const [mutate, state] = useMutation(AddPostCommentDocument, { refetchQueries: ['Post'], awaitRefetchQueries: true });
  const addPostComment = (postId: string, body: string, mentionIds: string[]) =>
    mutate({ variables: { input: { postId, body, mentionIds } } });
  return [addPostComment, state] as const;
}
