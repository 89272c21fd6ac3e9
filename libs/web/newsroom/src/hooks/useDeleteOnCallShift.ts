import { useMutation } from '@apollo/client/react';
import { DeleteOnCallShiftDocument, evictRootFields } from '@planbord/web-graphql';

/** Takes a shift off the roster. */
export function useDeleteOnCallShift() {
  const [mutate, state] = useMutation(DeleteOnCallShiftDocument, {
    update: (cache) => evictRootFields(cache, ['onCall', 'onCallRoster']),
  });
  const run = (id: string) => mutate({ variables: { id } });
  return [run, state] as const;
}
