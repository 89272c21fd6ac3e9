import { useMutation } from '@apollo/client/react';
import { MarkAssignmentDoneDocument } from '@planbord/web-graphql';

export function useMarkAssignmentDone() {
  const [mutate, state] = useMutation(MarkAssignmentDoneDocument);
  const markDone = (id: string, expectedVersion: number) => mutate({ variables: { id, expectedVersion } });
  return [markDone, state] as const;
}
