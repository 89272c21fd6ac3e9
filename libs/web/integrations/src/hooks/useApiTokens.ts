import { useQuery } from '@apollo/client/react';
import { ApiTokensDocument } from '@planbord/web-graphql';

/** My API tokens that still work, with their last use. */
export function useApiTokens() {
  const { data, error, refetch } = useQuery(ApiTokensDocument, { fetchPolicy: 'cache-and-network' });
  return { tokens: data?.apiTokens, error, refetch };
}
