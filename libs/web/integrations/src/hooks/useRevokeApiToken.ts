import { useMutation } from '@apollo/client/react';
import { evictRootFields, RevokeApiTokenDocument } from '@planbord/web-graphql';

/** Stops a token at once. */
export function useRevokeApiToken() {
  const [mutate, state] = useMutation(RevokeApiTokenDocument, {
    update: (cache) => evictRootFields(cache, ['apiTokens']),
  });
  const run = (id: string) => mutate({ variables: { id } });
  return [run, state] as const;
}
