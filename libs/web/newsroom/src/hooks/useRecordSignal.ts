import { useMutation } from '@apollo/client/react';
import { RecordSignalDocument, evictRootFields, type SignalInput } from '@planbord/web-graphql';
import { SHOWS_SIGNALS } from './cache-fields';

/** A signal noted by hand (phone, counter, e-mail); it joins the inbox and, when it needs a reply, the webcare queue. */
export function useRecordSignal() {
  const [mutate, state] = useMutation(RecordSignalDocument, {
    update: (cache) => evictRootFields(cache, [...SHOWS_SIGNALS]),
  });
  const run = (input: SignalInput, idempotencyKey: string) => mutate({ variables: { input, idempotencyKey } });
  return [run, state] as const;
}
