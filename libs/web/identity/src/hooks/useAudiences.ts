import { useQuery } from '@apollo/client/react';
import { AudiencesDocument } from '@planbord/web-graphql';

export function useAudiences(includeInactive = false) {
  const { data, previousData, loading, error, refetch } = useQuery(AudiencesDocument, {
    variables: { includeInactive, take: 200 },
    notifyOnNetworkStatusChange: true,
  });
  return { audiences: (data ?? previousData)?.audiences ?? null, loading, error, refetch };
}
