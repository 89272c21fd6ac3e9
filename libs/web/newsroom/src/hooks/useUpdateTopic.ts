import { useMutation } from '@apollo/client/react';
import { UpdateTopicDocument, evictRootFields, type TopicPatch } from '@planbord/web-graphql';

/** Renames a topic or closes (reopens) it. */
export function useUpdateTopic() {
  const [mutate, state] = useMutation(UpdateTopicDocument, {
    update: (cache) => evictRootFields(cache, ['topics']),
  });
  const run = (id: string, expectedVersion: number, input: TopicPatch) =>
    mutate({ variables: { id, expectedVersion, input } });
  return [run, state] as const;
}
