import { useQuery } from '@apollo/client/react';
import { EvaluationPostStatusDocument } from '@planbord/web-graphql';

/** Whether a post is published yet (only a published post is evaluated); shares the post's entry in the cache. */
export function useEvaluationPostStatus(postId: string | undefined) {
  const { data } = useQuery(EvaluationPostStatusDocument, { variables: { id: postId ?? '' }, skip: !postId });
  return data?.post?.status ?? null;
}
