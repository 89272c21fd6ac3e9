import { useMutation } from '@apollo/client/react';
import { CreateTopicDocument, evictRootFields } from '@planbord/web-graphql';
import { SHOWS_SIGNALS } from './cache-fields';

/** Gathers signals about one matter into a topic, so one decision covers them all. */
export function useCreateTopic() {
  const [mutate, state] = useMutation(CreateTopicDocument, {
    update: (cache) => evictRootFields(cache, [...SHOWS_SIGNALS, 'signal']),
  });
  const run = (title: string, signalIds: string[]) => mutate({ variables: { title, signalIds } });
  return [run, state] as const;
}
