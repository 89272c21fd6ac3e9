import { useQuery } from '@apollo/client/react';
import { PostDocument } from '@planbord/web-graphql';

export function usePost(id: string | null) {
  const { data, loading, error, refetch } = useQuery(PostDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
  return { post: data?.post ?? null, loaded: data !== undefined, loading, error, refetch };
}
