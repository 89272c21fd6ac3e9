import { useMutation } from '@apollo/client/react';
import { CancelPostDocument } from '@planbord/web-graphql';
import { POST_LISTS } from './refetch';

export function useCancelPost() {
  const [mutate, state] = useMutation(CancelPostDocument, { refetchQueries: POST_LISTS });
  const cancelPost = (id: string, expectedVersion: number, reason: string) => mutate({ variables: { id, expectedVersion, reason } });
  return [cancelPost, state] as const;
}
