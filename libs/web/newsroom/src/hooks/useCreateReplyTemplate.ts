import { useMutation } from '@apollo/client/react';
import { CreateReplyTemplateDocument, evictRootFields } from '@planbord/web-graphql';

/** Adds a standard answer. */
export function useCreateReplyTemplate() {
  const [mutate, state] = useMutation(CreateReplyTemplateDocument, {
    update: (cache) => evictRootFields(cache, ['replyTemplates']),
  });
  const run = (input: { name: string; body: string; themeIds?: string[] }, idempotencyKey: string) =>
    mutate({ variables: { ...input, idempotencyKey } });
  return [run, state] as const;
}
