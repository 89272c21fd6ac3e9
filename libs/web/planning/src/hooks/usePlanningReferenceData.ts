import { useQuery } from '@apollo/client/react';
import { PlanningReferenceDataDocument } from '@planbord/web-graphql';

/** Departments, channels, themes, audiences and people for filters, forms and pickers. */
export function usePlanningReferenceData() {
  const { data, loading, error } = useQuery(PlanningReferenceDataDocument, { fetchPolicy: 'cache-and-network' });
  const team = (data?.users ?? []).filter((user) => user.role !== 'LIAISON');
  return { reference: data ?? null, team, loading, error };
}
