import { useQuery } from '@apollo/client/react';
import { OverviewMonthFiguresDocument } from '@planbord/web-graphql';

/** This month's key figures: signals, answers within the norm, posts, interactions and the widest theme gap. */
export function useOverviewMonthFigures(from: string, to: string) {
  const { data, previousData, error, refetch } = useQuery(OverviewMonthFiguresDocument, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? previousData ?? null, error, refetch };
}
