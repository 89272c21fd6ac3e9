import { useQuery } from '@apollo/client/react';
import { DepartmentsDocument } from '@planbord/web-graphql';

/** The active departments to choose from. */
export function useDepartments() {
  const { data, loading, error } = useQuery(DepartmentsDocument, { variables: { includeInactive: false, take: 200 } });
  return { departments: data?.departments ?? null, loading, error };
}
