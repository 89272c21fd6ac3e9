import { useQuery } from '@apollo/client/react';
import { WebcareSettingsDocument } from '@planbord/web-graphql';

/** The crisis norm: how fast signals received during crisis mode are to be answered. */
export function useWebcareSettings() {
  const { data, loading, error, refetch } = useQuery(WebcareSettingsDocument, { fetchPolicy: 'cache-and-network' });
  return { settings: data?.webcareSettings ?? null, loading, error, refetch };
}
