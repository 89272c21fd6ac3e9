import { useMutation } from '@apollo/client/react';
import { UpdateUserDocument, type UserPatch } from '@planbord/web-graphql';

/** The person is updated in place in the cache (same id); a changed name may move them in a sorted list. */
export function useUpdateUser() {
  const [mutate, state] = useMutation(UpdateUserDocument, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
      cache.gc();
    },
  });
  const updateUser = (id: string, input: UserPatch, expectedVersion: number) =>
    mutate({ variables: { id, input, expectedVersion } });
  return [updateUser, state] as const;
}
