import { useApolloClient, useMutation } from '@apollo/client/react';
import { refetchRootFields, SubmitPostForReviewDocument } from '@planbord/web-graphql';
import { POST_LISTS } from './post-lists';

export function useSubmitPostForReview() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(SubmitPostForReviewDocument, {
    onCompleted: () => void refetchRootFields(client, POST_LISTS),
  });
  const submitPostForReview = (id: string, expectedVersion: number) => mutate({ variables: { id, expectedVersion } });
  return [submitPostForReview, state] as const;
}
