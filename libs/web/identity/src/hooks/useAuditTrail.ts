import { useQuery } from '@apollo/client/react';
import { AuditTrailDocument } from '@planbord/web-graphql';

export type AuditedEntity = 'User' | 'Department' | 'Channel' | 'Theme' | 'Audience';

export function useAuditTrail(entityType: AuditedEntity, entityId: string) {
  const { data, loading, error } = useQuery(AuditTrailDocument, { variables: { entityType, entityId }, fetchPolicy: 'network-only' });
  return { entries: data?.auditTrail ?? null, loading, error };
}
