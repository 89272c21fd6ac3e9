import { useApolloClient, useMutation } from '@apollo/client/react';
import { refetchRootFields, SHOWS_ASSIGNMENTS } from '../cache';
import { MarkAssignmentDoneDocument } from '../generated';

export function useMarkAssignmentDone() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(MarkAssignmentDoneDocument);
  const markDone = async (id: string, expectedVersion: number) => {
    const result = await mutate({ variables: { id, expectedVersion } });
    await refetchRootFields(client, SHOWS_ASSIGNMENTS);
    return result;
  };
  return [markDone, state] as const;
}
