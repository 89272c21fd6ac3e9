import { useApolloClient } from '@apollo/client/react';
import { SimilarRubricsDocument } from '@planbord/web-graphql';

/** Asks, just before saving, which rubrics already have this name and rule: always fresh from the server. */
export function useSimilarRubrics() {
  const client = useApolloClient();
  return async (name: string, rrule: string, excludeId: string | null) => {
    const { data } = await client.query({
      query: SimilarRubricsDocument,
      variables: { name, rrule, excludeId },
      fetchPolicy: 'network-only',
    });
    return data?.similarRubrics ?? [];
  };
}
