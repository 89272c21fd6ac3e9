import { useQuery } from '@apollo/client/react';
import { IngestSourcesDocument } from '@planbord/web-graphql';

/** Where signals come in from automatically. */
export function useIngestSources() {
  const { data, loading, error, refetch } = useQuery(IngestSourcesDocument, { fetchPolicy: 'cache-and-network' });
  return { list: data?.ingestSources ?? null, loading, error, refetch };
}
