import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  ApprovalQueueDocument,
  ApprovalQueueCountDocument,
  refetchRootFields,
  ReviewPostDocument,
  type ReviewDecision,
} from '@planbord/web-graphql';
import { POST_LISTS } from './post-lists';

/** A reviewed post leaves the queue at once (before the lists come back), so the next one can be judged. */
export function useReviewPost() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(ReviewPostDocument, {
    onCompleted: () => void refetchRootFields(client, POST_LISTS),
    update(cache, { data }) {
      const reviewed = data?.reviewPost;
      if (!reviewed) return;
      cache.updateQuery(
        { query: ApprovalQueueDocument },
        (current) => current && { approvalQueue: current.approvalQueue.filter((post) => post.id !== reviewed.id) },
      );
      cache.updateQuery(
        { query: ApprovalQueueCountDocument },
        (current) => current && { approvalQueue: current.approvalQueue.filter((post) => post.id !== reviewed.id) },
      );
    },
  });
  const reviewPost = (id: string, expectedVersion: number, decision: ReviewDecision, comment: string | null) =>
    mutate({ variables: { id, expectedVersion, decision, comment } });
  return [reviewPost, state] as const;
}
