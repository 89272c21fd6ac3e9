import { useMutation } from '@apollo/client/react';
import { SetIngestSourceActiveDocument, evictRootFields } from '@planbord/web-graphql';

/** Switches a source on or off. */
export function useSetIngestSourceActive() {
  const [mutate, state] = useMutation(SetIngestSourceActiveDocument, {
    update: (cache) => evictRootFields(cache, ['ingestSources']),
  });
  const run = (id: string, active: boolean) => mutate({ variables: { id, active } });
  return [run, state] as const;
}
