import { useMutation } from '@apollo/client/react';
import { SetResponseNormDocument, evictRootFields, type SignalSource } from '@planbord/web-graphql';

/** Sets the first-reply norm of a source (new signals get it; earlier due times stay). */
export function useSetResponseNorm() {
  const [mutate, state] = useMutation(SetResponseNormDocument, {
    update: (cache) => evictRootFields(cache, ['responseNorms']),
  });
  const run = (source: SignalSource, minutes: number, businessHoursOnly: boolean) =>
    mutate({ variables: { source, minutes, businessHoursOnly } });
  return [run, state] as const;
}
