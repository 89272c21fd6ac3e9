import { useQuery } from '@apollo/client/react';
import { RubricListDocument } from '@planbord/web-graphql';

/** The rubrics, by name; inactive ones only on request. */
export function useRubrics(includeInactive: boolean) {
  const { data, previousData, loading, error, refetch } = useQuery(RubricListDocument, {
    variables: { active: includeInactive ? null : true },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  return { rubrics: (data ?? previousData)?.rubrics ?? null, loading, error, refetch };
}
