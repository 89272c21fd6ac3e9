import { useQuery } from '@apollo/client/react';
import { EvaluationsDocument } from '@planbord/web-graphql';

/** Evaluations, newest first: all, those of one post or rubric, or those a search finds (best match first). */
export function useEvaluations(query: { search?: string; postId?: string; rubricId?: string; take?: number }) {
  const { data, loading, error, refetch } = useQuery(EvaluationsDocument, {
    variables: { search: query.search || null, postId: query.postId, rubricId: query.rubricId, take: query.take ?? 50 },
    fetchPolicy: 'cache-and-network',
  });
  return { evaluations: data?.evaluations ?? null, loading, error, refetch };
}
