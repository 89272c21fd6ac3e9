import { useMutation } from '@apollo/client/react';
import { CreatePostDocument, type PostInput } from '@planbord/web-graphql';
import { POST_LISTS } from './refetch';

export function useCreatePost() {
  const [mutate, state] = useMutation(CreatePostDocument, { refetchQueries: POST_LISTS });
  const createPost = (input: PostInput) => mutate({ variables: { input } });
  return [createPost, state] as const;
}
