import { useMutation } from '@apollo/client/react';
import { CreateApiTokenDocument, evictRootFields } from '@planbord/web-graphql';

/** Makes a token; the answer holds the token itself, shown this once. */
export function useCreateApiToken() {
  const [mutate, state] = useMutation(CreateApiTokenDocument, {
    update: (cache) => evictRootFields(cache, ['apiTokens']),
  });
  const run = (name: string) => mutate({ variables: { name } });
  return [run, state] as const;
}
