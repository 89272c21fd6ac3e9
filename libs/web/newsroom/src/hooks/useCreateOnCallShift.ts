import { useMutation } from '@apollo/client/react';
import { CreateOnCallShiftDocument, evictRootFields } from '@planbord/web-graphql';

/** Puts someone on call for a stretch of time. */
export function useCreateOnCallShift() {
  const [mutate, state] = useMutation(CreateOnCallShiftDocument, {
    update: (cache) => evictRootFields(cache, ['onCall', 'onCallRoster']),
  });
  const run = (userId: string, startsAt: string, endsAt: string, idempotencyKey: string) =>
    mutate({ variables: { userId, startsAt, endsAt, idempotencyKey } });
  return [run, state] as const;
}
