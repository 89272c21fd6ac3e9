import { useMutation } from '@apollo/client/react';
import { CreateSiblingPostDocument } from '@planbord/web-graphql';
import { POST_LISTS } from './refetch';

/** "Ook voor kanaal …": the original's sibling list changes too, so it is fetched again. */
export function useCreateSiblingPost() {
  const [mutate, state] = useMutation(CreateSiblingPostDocument, { refetchQueries: [...POST_LISTS, 'Post'] });
  const createSiblingPost = (id: string, channelId: string) => mutate({ variables: { id, channelId } });
  return [createSiblingPost, state] as const;
}
