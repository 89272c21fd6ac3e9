import { useApolloClient, useMutation } from '@apollo/client/react';
import { MarkPostPublishedDocument, refetchRootFields } from '@planbord/web-graphql';
import { POST_LISTS } from './post-lists';

export function useMarkPostPublished() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(MarkPostPublishedDocument, {
    onCompleted: () => void refetchRootFields(client, POST_LISTS),
  });
  const markPostPublished = (id: string, expectedVersion: number, url: string | null, publishedAt: string | null) =>
    mutate({ variables: { id, expectedVersion, url, publishedAt } });
  return [markPostPublished, state] as const;
}
