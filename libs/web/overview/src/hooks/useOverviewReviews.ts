import { useQuery } from '@apollo/client/react';
import { OverviewReviewsDocument } from '@planbord/web-graphql';

/** Posts waiting for review. */
export function useOverviewReviews() {
  const { data, previousData, error, refetch } = useQuery(OverviewReviewsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, refetch };
}
