import { useMutation } from '@apollo/client/react';
import { CreateAudienceDocument, type AudienceInput } from '@planbord/web-graphql';

export function useCreateAudience() {
  const [mutate, state] = useMutation(CreateAudienceDocument, {
    // Every cached list (with or without inactive ones) loads again, sorted by the server, with the new one in it.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'audiences' });
      cache.gc();
    },
  });
  const createAudience = (input: AudienceInput) => mutate({ variables: { input } });
  return [createAudience, state] as const;
}
