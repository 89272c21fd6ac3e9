import { useApolloClient, useMutation } from '@apollo/client/react';
import { refetchRootFields, SchedulePostDocument } from '@planbord/web-graphql';
import { POST_LISTS } from './post-lists';

export function useSchedulePost() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(SchedulePostDocument, {
    onCompleted: () => void refetchRootFields(client, [...POST_LISTS, 'crisis']),
  });
  const schedulePost = (id: string, expectedVersion: number, plannedAt: string, confirmCrisis: boolean) =>
    mutate({ variables: { id, expectedVersion, plannedAt, confirmCrisis } });
  return [schedulePost, state] as const;
}
