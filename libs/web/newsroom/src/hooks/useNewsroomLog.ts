import { useQuery } from '@apollo/client/react';
import { NewsroomLogDocument } from '@planbord/web-graphql';

/** The decisions taken between two instants: the newsroom log (besluitenlijst) of a day. */
export function useNewsroomLog(from: string, to: string) {
  const { data, previousData, loading, error, refetch } = useQuery(NewsroomLogDocument, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  return { decisions: (data ?? previousData)?.newsroomLog ?? null, loading, error, refetch };
}
