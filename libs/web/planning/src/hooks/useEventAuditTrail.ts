import { useQuery } from '@apollo/client/react';
import { EventAuditTrailDocument } from '@planbord/web-graphql';

/** An event's history (administrators only; the caller decides whether to ask). */
export function useEventAuditTrail(eventId: string) {
  const { data, loading, error } = useQuery(EventAuditTrailDocument, { variables: { entityId: eventId }, fetchPolicy: 'network-only' });
  return { entries: data?.auditTrail ?? null, loading, error };
}
