import { useMutation } from '@apollo/client/react';
import { SubmitPostForReviewDocument } from '@planbord/web-graphql';
import { POST_LISTS } from './refetch';

export function useSubmitPostForReview() {
  const [mutate, state] = useMutation(SubmitPostForReviewDocument, { refetchQueries: POST_LISTS });
  const submitPostForReview = (id: string, expectedVersion: number) => mutate({ variables: { id, expectedVersion } });
  return [submitPostForReview, state] as const;
}
