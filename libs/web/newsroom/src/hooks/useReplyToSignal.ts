import { useMutation } from '@apollo/client/react';
import { ReplyToSignalDocument, evictRootFields } from '@planbord/web-graphql';
import { SHOWS_SIGNALS } from './cache-fields';

/** Records the answer given on the resident's channel: the signal leaves the webcare queue. */
export function useReplyToSignal() {
  const [mutate, state] = useMutation(ReplyToSignalDocument, {
    update: (cache) => evictRootFields(cache, [...SHOWS_SIGNALS]),
  });
  const run = (
    id: string,
    expectedVersion: number,
    reply: { body: string; templateId: string | null; url: string | null; sentAt: string | null },
  ) => mutate({ variables: { id, expectedVersion, ...reply } });
  return [run, state] as const;
}
