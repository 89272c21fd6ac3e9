import { useMutation } from '@apollo/client/react';
import { PollIngestSourceDocument, evictRootFields } from '@planbord/web-graphql';

/** Fetches an RSS or Atom source now. */
export function usePollIngestSource() {
  const [mutate, state] = useMutation(PollIngestSourceDocument, {
    update: (cache) => evictRootFields(cache, ['ingestSources', 'signals', 'webcareQueue']),
  });
  const run = (id: string) => mutate({ variables: { id } });
  return [run, state] as const;
}
