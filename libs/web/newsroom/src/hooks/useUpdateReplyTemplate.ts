import { useMutation } from '@apollo/client/react';
import { UpdateReplyTemplateDocument, evictRootFields } from '@planbord/web-graphql';

/** Changes a standard answer, or switches it off. */
export function useUpdateReplyTemplate() {
  const [mutate, state] = useMutation(UpdateReplyTemplateDocument, {
    update: (cache) => evictRootFields(cache, ['replyTemplates']),
  });
  const run = (id: string, expectedVersion: number, changes: { name?: string; body?: string; active?: boolean }) =>
    mutate({ variables: { id, expectedVersion, ...changes } });
  return [run, state] as const;
}
