import { useMutation } from '@apollo/client/react';
import { CrisisDocument, SetCrisisModeDocument } from '@planbord/web-graphql';
import { POST_LISTS } from './refetch';

/** The crisis state is a singleton without id: the answer is written into the `crisis` query itself. */
export function useSetCrisisMode() {
  const [mutate, state] = useMutation(SetCrisisModeDocument, {
    refetchQueries: POST_LISTS,
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: CrisisDocument, data: { crisis: data.setCrisisMode } });
    },
  });
  const setCrisisMode = (active: boolean, reason: string) => mutate({ variables: { active, reason } });
  return [setCrisisMode, state] as const;
}
