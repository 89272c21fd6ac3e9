import { useQuery } from '@apollo/client/react';
import { OfficeHoursDocument } from '@planbord/web-graphql';

/** When the team is in, per ISO weekday. */
export function useOfficeHours() {
  const { data, loading, error, refetch } = useQuery(OfficeHoursDocument, { fetchPolicy: 'cache-and-network' });
  return { list: data?.officeHours ?? null, loading, error, refetch };
}
