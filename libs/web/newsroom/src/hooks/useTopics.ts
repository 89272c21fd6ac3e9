import { useQuery } from '@apollo/client/react';
import { TopicsDocument } from '@planbord/web-graphql';

/** The topics, optionally only open or closed ones. */
export function useTopics(status: string[] | null) {
  const { data, previousData, loading, error, refetch } = useQuery(TopicsDocument, {
    variables: { status },
    fetchPolicy: 'cache-and-network',
  });
  return { topics: (data ?? previousData)?.topics ?? null, loading, error, refetch };
}
