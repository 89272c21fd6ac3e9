import { useQuery } from '@apollo/client/react';
import { PostFiguresDocument } from '@planbord/web-graphql';

/** The figures of one post (null until recorded). */
export function usePostFigures(postId: string) {
  const { data, loading, error, refetch } = useQuery(PostFiguresDocument, { variables: { id: postId } });
  return { metrics: data?.post?.metrics ?? null, loaded: !!data, loading, error, refetch };
}
