import { useQuery } from '@apollo/client/react';
import { ApprovalQueueDocument } from '@planbord/web-graphql';

/** Posts waiting for review, oldest first. */
export function useApprovalQueue() {
  const { data, previousData, loading, error, refetch } = useQuery(ApprovalQueueDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return { queue: (data ?? previousData)?.approvalQueue ?? null, loading, error, refetch };
}
