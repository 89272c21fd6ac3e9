import { useMutation } from '@apollo/client/react';
import { TriageSignalDocument, evictRootFields, type SignalTriageInput } from '@planbord/web-graphql';
import { SHOWS_SIGNALS } from './cache-fields';

/** Themes, sentiment, priority, assignee and the rest of a signal's interpretation; the answer updates the signal itself. */
export function useTriageSignal() {
  const [mutate, state] = useMutation(TriageSignalDocument, {
    update: (cache) => evictRootFields(cache, [...SHOWS_SIGNALS]),
  });
  const run = (id: string, expectedVersion: number, input: SignalTriageInput) =>
    mutate({ variables: { id, expectedVersion, input } });
  return [run, state] as const;
}
