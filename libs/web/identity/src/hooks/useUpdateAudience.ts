import { useMutation } from '@apollo/client/react';
import { UpdateAudienceDocument, type AudienceInput } from '@planbord/web-graphql';

export function useUpdateAudience() {
  const [mutate, state] = useMutation(UpdateAudienceDocument, {
    // The entity itself updates in place by id; lists reload because (de)activation and renaming change them.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'audiences' });
      cache.gc();
    },
  });
  const updateAudience = (id: string, input: AudienceInput, expectedVersion: number) =>
    mutate({ variables: { id, input, expectedVersion } });
  return [updateAudience, state] as const;
}
