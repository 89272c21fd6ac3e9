import { useApolloClient, useMutation } from '@apollo/client/react';
import { CancelPostDocument, refetchRootFields } from '@planbord/web-graphql';
import { POST_LISTS } from './post-lists';

export function useCancelPost() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(CancelPostDocument, {
    onCompleted: () => void refetchRootFields(client, POST_LISTS),
  });
  const cancelPost = (id: string, expectedVersion: number, reason: string) =>
    mutate({ variables: { id, expectedVersion, reason } });
  return [cancelPost, state] as const;
}
