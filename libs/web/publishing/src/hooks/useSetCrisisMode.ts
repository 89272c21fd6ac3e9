import { useApolloClient, useMutation } from '@apollo/client/react';
import { CrisisDocument, refetchRootFields, SetCrisisModeDocument } from '@planbord/web-graphql';
import { POST_LISTS } from './post-lists';

/** The crisis state is a singleton without id: the answer is written into the `crisis` query itself. */
export function useSetCrisisMode() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(SetCrisisModeDocument, {
    onCompleted: () => void refetchRootFields(client, POST_LISTS),
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: CrisisDocument, data: { crisis: data.setCrisisMode } });
    },
  });
  const setCrisisMode = (active: boolean, reason: string) => mutate({ variables: { active, reason } });
  return [setCrisisMode, state] as const;
}
