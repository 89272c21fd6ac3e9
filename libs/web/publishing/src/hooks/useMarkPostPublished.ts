import { useMutation } from '@apollo/client/react';
import { MarkPostPublishedDocument } from '@planbord/web-graphql';
import { POST_LISTS } from './refetch';

export function useMarkPostPublished() {
  const [mutate, state] = useMutation(MarkPostPublishedDocument, { refetchQueries: POST_LISTS });
  const markPostPublished = (id: string, expectedVersion: number, url: string | null, publishedAt: string | null) =>
    mutate({ variables: { id, expectedVersion, url, publishedAt } });
  return [markPostPublished, state] as const;
}
