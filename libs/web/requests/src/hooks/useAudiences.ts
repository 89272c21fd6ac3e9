import { useQuery } from '@apollo/client/react';
import { AudiencesDocument } from '@planbord/web-graphql';

/** The active audiences to choose from. */
export function useAudiences() {
  const { data, loading, error } = useQuery(AudiencesDocument, { variables: { includeInactive: false, take: 200 } });
  return { audiences: data?.audiences ?? null, loading, error };
}
