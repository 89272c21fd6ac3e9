import { useQuery } from '@apollo/client/react';
import { AuditTrailDocument } from '../generated';

/** The entity types whose history the web app shows (administrators only; the caller decides whether to ask). */
export type AuditedEntity = 'User' | 'Department' | 'Channel' | 'Theme' | 'Audience' | 'Event';

/** The recent history of one entity, newest first, always fresh from the server. */
export function useAuditTrail(entityType: AuditedEntity, entityId: string) {
  const { data, loading, error } = useQuery(AuditTrailDocument, {
    variables: { entityType, entityId },
    fetchPolicy: 'network-only',
  });
  return { entries: data?.auditTrail ?? null, loading, error };
}
