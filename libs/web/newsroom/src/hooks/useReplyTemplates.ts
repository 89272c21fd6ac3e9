import { useQuery } from '@apollo/client/react';
import { ReplyTemplatesDocument } from '@planbord/web-graphql';

/** The standard answers, also the inactive ones (the settings page shows them; the reply form offers the active). */
export function useReplyTemplates() {
  const { data, loading, error, refetch } = useQuery(ReplyTemplatesDocument, { fetchPolicy: 'cache-and-network' });
  return { templates: data?.replyTemplates ?? null, loading, error, refetch };
}
