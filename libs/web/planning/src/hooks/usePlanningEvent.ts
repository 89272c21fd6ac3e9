import { useQuery } from '@apollo/client/react';
import { PlanningEventDocument } from '@planbord/web-graphql';

export function usePlanningEvent(id: string | null) {
  const { data, loading, error, refetch } = useQuery(PlanningEventDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
  return { event: data?.event ?? null, loading: loading && !data, error, refetch };
}
