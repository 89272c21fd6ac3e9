import { useQuery } from '@apollo/client/react';
import { MeDocument, type UserFieldsFragment } from '../generated';

/**
 * The signed-in person (null when nobody is), and whether that is still being found out. The shell asks once; every
 * other use reads the answer from the cache.
 */
export function useCurrentUser(): { me: UserFieldsFragment | null; loading: boolean; error: unknown } {
  const { data, loading, error } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  return { me: data?.me ?? null, loading: loading && !data, error };
}
