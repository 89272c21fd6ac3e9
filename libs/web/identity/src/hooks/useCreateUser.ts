import { useMutation } from '@apollo/client/react';
import { CreateUserDocument, type UserInput } from '@planbord/web-graphql';

export function useCreateUser() {
  const [mutate, state] = useMutation(CreateUserDocument, {
    // Lists are per search and filter: drop them all so the visible ones load again with the new person in place.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
      cache.gc();
    },
  });
  const createUser = (input: UserInput) => mutate({ variables: { input } });
  return [createUser, state] as const;
}
