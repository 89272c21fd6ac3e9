import { useMutation } from '@apollo/client/react';
import { RotateIngestSecretDocument, evictRootFields } from '@planbord/web-graphql';

/** Gives a source a new secret (the old one stops working), shown this once. */
export function useRotateIngestSecret() {
  const [mutate, state] = useMutation(RotateIngestSecretDocument, {
    update: (cache) => evictRootFields(cache, ['ingestSources']),
  });
  const run = (id: string) => mutate({ variables: { id } });
  return [run, state] as const;
}
