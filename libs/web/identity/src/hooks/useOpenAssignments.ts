import { useQuery } from '@apollo/client/react';
import { OpenAssignmentsDocument } from '@planbord/web-graphql';

/** A person's open jobs from now on, asked fresh each time: shown before the person is deactivated. */
export function useOpenAssignments(userId: string | null) {
  const { data, loading, error, refetch } = useQuery(OpenAssignmentsDocument, {
    variables: { userId: userId ?? '' },
    skip: !userId,
    fetchPolicy: 'network-only',
  });
  return { jobs: data?.openAssignments ?? null, loading, error, refetch };
}
