import { useQuery } from '@apollo/client/react';
import { MeDocument } from '@planbord/web-graphql';

/** The signed-in person, from the session query the shell has already answered. */
export function useCurrentUser() {
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  return data?.me ?? null;
}
