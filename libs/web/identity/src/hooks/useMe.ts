import { useQuery } from '@apollo/client/react';
import { MeDocument, type UserFieldsFragment } from '@planbord/web-graphql';

/** The signed-in person (null when nobody is), and whether that is still being found out. */
export function useMe(): { me: UserFieldsFragment | null; loading: boolean; error: unknown } {
  const { data, loading, error } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  return { me: data?.me ?? null, loading: loading && !data, error };
}
