import { useQuery } from '@apollo/client/react';
import { DepartmentsDocument } from '@planbord/web-graphql';

export function useDepartments(includeInactive = false) {
  const { data, previousData, loading, error, refetch } = useQuery(DepartmentsDocument, {
    variables: { includeInactive, take: 200 },
    notifyOnNetworkStatusChange: true,
  });
  return { departments: (data ?? previousData)?.departments ?? null, loading, error, refetch };
}
