import { useQuery } from '@apollo/client/react';
import { MeDocument } from '@planbord/web-graphql';

/** The signed-in person (the shell already loaded them: this reads the cache). */
export function useCurrentUser() {
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  return data?.me ?? null;
}
