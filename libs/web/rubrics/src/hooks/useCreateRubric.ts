import { useMutation } from '@apollo/client/react';
import { CreateRubricDocument, type RubricInput } from '@planbord/web-graphql';
import { evictRubricLists } from './evictRubricLists';

export function useCreateRubric() {
  const [mutate, state] = useMutation(CreateRubricDocument, { update: evictRubricLists });
  const createRubric = (input: RubricInput) => mutate({ variables: { input } });
  return [createRubric, state] as const;
}
