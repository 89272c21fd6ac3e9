import { useApolloClient, useMutation } from '@apollo/client/react';
import { refetchRootFields, SHOWS_ASSIGNMENTS } from '../cache';
import { RespondToAssignmentDocument } from '../generated';

/** Accepting or declining updates the assignment in place; a decline changes coverage. */
export function useRespondToAssignment() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(RespondToAssignmentDocument);
  const respond = async (id: string, expectedVersion: number, accept: boolean, note: string | null) => {
    const result = await mutate({ variables: { id, expectedVersion, accept, note } });
    await refetchRootFields(client, SHOWS_ASSIGNMENTS);
    return result;
  };
  return [respond, state] as const;
}
