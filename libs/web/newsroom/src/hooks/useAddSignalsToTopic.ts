import { useMutation } from '@apollo/client/react';
import { AddSignalsToTopicDocument, evictRootFields } from '@planbord/web-graphql';
import { SHOWS_SIGNALS } from './cache-fields';

/** Brings signals into an existing topic, so its decision covers them too. */
export function useAddSignalsToTopic() {
  const [mutate, state] = useMutation(AddSignalsToTopicDocument, {
    update: (cache) => evictRootFields(cache, [...SHOWS_SIGNALS, 'signal']),
  });
  const run = (topicId: string, signalIds: string[]) => mutate({ variables: { topicId, signalIds } });
  return [run, state] as const;
}
