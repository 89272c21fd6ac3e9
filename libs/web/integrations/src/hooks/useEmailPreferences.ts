import { useQuery } from '@apollo/client/react';
import { EmailPreferencesDocument } from '@planbord/web-graphql';

/** My e-mail notifications, and whether the server sends e-mail at all. */
export function useEmailPreferences() {
  const { data, loading, error, refetch } = useQuery(EmailPreferencesDocument, { fetchPolicy: 'cache-and-network' });
  return { preferences: data?.emailPreferences ?? null, loading, error, refetch };
}
