import { useMutation } from '@apollo/client/react';
import { UpdateRubricDocument, type RubricPatch } from '@planbord/web-graphql';
import { evictRubricLists } from './evictRubricLists';

/** Edits, deactivates or reactivates a rubric; the rubric itself updates in place by id. */
export function useUpdateRubric() {
  const [mutate, state] = useMutation(UpdateRubricDocument, { update: evictRubricLists });
  const updateRubric = (id: string, expectedVersion: number, input: RubricPatch) =>
    mutate({ variables: { id, expectedVersion, input } });
  return [updateRubric, state] as const;
}
