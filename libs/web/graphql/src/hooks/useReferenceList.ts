import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

export interface ReferenceOptions {
  /** Also the deactivated ones, as the administration lists them; by default only the active ones to choose from. */
  includeInactive?: boolean;
}

/** The reference lists are small (at most 200): shown from the cache at once, and refreshed from the server. */
export const TAKE = 200;

export function useReferenceList<Data, Variables extends OperationVariables, Item>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  pick: (data: Data) => readonly Item[],
  skip = false,
) {
  const { data, previousData, loading, error, refetch } = useQuery(document, {
    variables,
    skip,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // While another filter loads, the previous list stays on screen.
  const shown = data ?? previousData;
  return { list: shown ? pick(shown) : null, loading, error, refetch };
}
