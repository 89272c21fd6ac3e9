import { useMutation } from '@apollo/client/react';
import { SetUserActiveDocument } from '@planbord/web-graphql';

export function useSetUserActive() {
  const [mutate, state] = useMutation(SetUserActiveDocument, {
    // Lists without inactive people must lose (or regain) this person.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
      cache.gc();
    },
  });
  const setUserActive = (id: string, active: boolean, expectedVersion: number) =>
    mutate({ variables: { id, active, expectedVersion } });
  return [setUserActive, state] as const;
}
