import { useMutation } from '@apollo/client/react';
import { SchedulePostDocument } from '@planbord/web-graphql';
import { POST_LISTS } from './refetch';

export function useSchedulePost() {
  const [mutate, state] = useMutation(SchedulePostDocument, { refetchQueries: [...POST_LISTS, 'Crisis'] });
  const schedulePost = (id: string, expectedVersion: number, plannedAt: string, confirmCrisis: boolean) =>
    mutate({ variables: { id, expectedVersion, plannedAt, confirmCrisis } });
  return [schedulePost, state] as const;
}
