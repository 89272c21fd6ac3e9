import { useApolloClient, useMutation } from '@apollo/client/react';
import { CreateSiblingPostDocument, refetchRootFields } from '@planbord/web-graphql';
import { POST_LISTS } from './post-lists';

/** "Ook voor kanaal …": the original's sibling list changes too, so it is fetched again. */
export function useCreateSiblingPost() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(CreateSiblingPostDocument, {
    onCompleted: () => void refetchRootFields(client, [...POST_LISTS, 'post']),
  });
  const createSiblingPost = (id: string, channelId: string) => mutate({ variables: { id, channelId } });
  return [createSiblingPost, state] as const;
}
