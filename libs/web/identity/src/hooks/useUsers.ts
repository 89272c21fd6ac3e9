import { useQuery } from '@apollo/client/react';
import { UsersDocument } from '@planbord/web-graphql';

export function useUsers(search: string, includeInactive: boolean) {
  const { data, previousData, loading, error, refetch } = useQuery(UsersDocument, {
    variables: { search: search.trim() || null, includeInactive, take: 200 },
    notifyOnNetworkStatusChange: true,
  });
  return { users: (data ?? previousData)?.users ?? null, loading, error, refetch };
}
