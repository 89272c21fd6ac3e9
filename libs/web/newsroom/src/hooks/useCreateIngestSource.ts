import { useMutation } from '@apollo/client/react';
import { CreateIngestSourceDocument, evictRootFields } from '@planbord/web-graphql';

/** Adds a source; the answer holds its secret, shown this once. */
export function useCreateIngestSource() {
  const [mutate, state] = useMutation(CreateIngestSourceDocument, {
    update: (cache) => evictRootFields(cache, ['ingestSources']),
  });
  const run = (name: string, kind: string, url: string | null) => mutate({ variables: { name, kind, url } });
  return [run, state] as const;
}
