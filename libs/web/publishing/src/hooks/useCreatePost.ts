import { useApolloClient, useMutation } from '@apollo/client/react';
import { CreatePostDocument, refetchRootFields, type PostInput } from '@planbord/web-graphql';
import { POST_LISTS } from './post-lists';

export function useCreatePost() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(CreatePostDocument, {
    onCompleted: () => void refetchRootFields(client, POST_LISTS),
  });
  const createPost = (input: PostInput, idempotencyKey: string) => mutate({ variables: { input, idempotencyKey } });
  return [createPost, state] as const;
}
