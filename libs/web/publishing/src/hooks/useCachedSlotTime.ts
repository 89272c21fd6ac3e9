import { useApolloClient } from '@apollo/client/react';
import { SlotTimeFragmentDoc } from '@planbord/web-graphql';

/** The time of a slot the calendar has already loaded (there is no slot query); null when not in the cache. */
export function useCachedSlotTime(slotId: string | null | undefined): string | null {
  const client = useApolloClient();
  if (!slotId) return null;
  return (
    client.cache.readFragment({
      id: client.cache.identify({ __typename: 'Slot', id: slotId }),
      fragment: SlotTimeFragmentDoc,
    })?.startsAt ?? null
  );
}
