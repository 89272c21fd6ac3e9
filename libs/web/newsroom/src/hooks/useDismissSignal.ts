import { useMutation } from '@apollo/client/react';
import { DismissSignalDocument, evictRootFields } from '@planbord/web-graphql';
import { SHOWS_SIGNALS } from './cache-fields';

/** Sets a signal aside with the reason why. */
export function useDismissSignal() {
  const [mutate, state] = useMutation(DismissSignalDocument, {
    update: (cache) => evictRootFields(cache, [...SHOWS_SIGNALS]),
  });
  const run = (id: string, expectedVersion: number, reason: string) =>
    mutate({ variables: { id, expectedVersion, reason } });
  return [run, state] as const;
}
