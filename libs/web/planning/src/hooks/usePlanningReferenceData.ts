import { useQuery } from '@apollo/client/react';
import { can } from '@planbord/domain';
import { PlanningReferenceDataDocument, PlanningTeamDocument } from '@planbord/web-graphql';
import { useCurrentUser } from './useCurrentUser';

/** Departments, channels, themes and audiences for filters and forms; the media team for pickers, for those who plan. */
export function usePlanningReferenceData() {
  const me = useCurrentUser();
  const { data, loading, error } = useQuery(PlanningReferenceDataDocument, { fetchPolicy: 'cache-and-network' });
  const people = useQuery(PlanningTeamDocument, { fetchPolicy: 'cache-and-network', skip: !can(me?.role, 'User.role') });
  const team = (people.data?.users ?? []).filter((user) => user.role !== 'LIAISON');
  return { reference: data ?? null, team, loading: loading || people.loading, error: error ?? people.error };
}
