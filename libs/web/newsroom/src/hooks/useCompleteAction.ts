import { useMutation } from '@apollo/client/react';
import { CompleteActionDocument, evictRootFields } from '@planbord/web-graphql';
import { SHOWS_DECISIONS } from './cache-fields';

/** Finishes a decision's task with its result. */
export function useCompleteAction() {
  const [mutate, state] = useMutation(CompleteActionDocument, {
    update: (cache) => evictRootFields(cache, [...SHOWS_DECISIONS, 'signal']),
  });
  const run = (id: string, expectedVersion: number, result: string | null) =>
    mutate({ variables: { id, expectedVersion, result } });
  return [run, state] as const;
}
