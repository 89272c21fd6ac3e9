import { useQuery } from '@apollo/client/react';
import { PlanningSlotDocument } from '@planbord/web-graphql';

/** One slot by id, for a drawer opened on a slot the calendar on screen does not hold (a link, the planning board). */
export function usePlanningSlot(id: string | null) {
  const { data, loading, error, refetch } = useQuery(PlanningSlotDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
  return { slot: data?.slot ?? null, loading: loading && !data, error, refetch };
}
