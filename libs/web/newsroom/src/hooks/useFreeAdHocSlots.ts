import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { FreeAdHocSlotsDocument } from '@planbord/web-graphql';
import { freeAdHocSlots, FREE_SLOT_DAYS } from '../lib/decision';

/** Room kept free for ad-hoc work in the coming weeks, for a post the newsroom decides on; asked for only when shown. */
export function useFreeAdHocSlots(skip: boolean) {
  const [window] = useState(() => {
    const from = new Date();
    return { from: from.toISOString(), to: new Date(from.getTime() + FREE_SLOT_DAYS * 86_400_000).toISOString() };
  });
  const { data, loading, error } = useQuery(FreeAdHocSlotsDocument, { variables: window, skip });
  const slots = useMemo(() => freeAdHocSlots(data?.calendar.slots ?? []), [data]);
  return { slots, loading, error };
}
