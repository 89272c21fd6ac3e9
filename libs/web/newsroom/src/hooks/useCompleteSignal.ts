import { useMutation } from '@apollo/client/react';
import { CompleteSignalDocument, evictRootFields } from '@planbord/web-graphql';
import { SHOWS_SIGNALS } from './cache-fields';

/** A person marks a signal done (nothing closes one by itself). */
export function useCompleteSignal() {
  const [mutate, state] = useMutation(CompleteSignalDocument, {
    update: (cache) => evictRootFields(cache, SHOWS_SIGNALS),
  });
  const run = (id: string, expectedVersion: number) => mutate({ variables: { id, expectedVersion } });
  return [run, state] as const;
}
