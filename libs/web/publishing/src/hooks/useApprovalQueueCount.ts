import { useQuery } from '@apollo/client/react';
import { ApprovalQueueCountDocument } from '@planbord/web-graphql';

/** How many posts wait for review, for the navigation; only asked for by people who may review. */
export function useApprovalQueueCount(enabled: boolean) {
  const { data } = useQuery(ApprovalQueueCountDocument, { skip: !enabled, fetchPolicy: 'cache-and-network' });
  return data?.approvalQueue.length ?? null;
}
