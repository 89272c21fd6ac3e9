import { useQuery } from '@apollo/client/react';
import { ThemesDocument } from '@planbord/web-graphql';

export function useThemes(includeInactive = false) {
  const { data, previousData, loading, error, refetch } = useQuery(ThemesDocument, {
    variables: { includeInactive, take: 200 },
    notifyOnNetworkStatusChange: true,
  });
  return { themes: (data ?? previousData)?.themes ?? null, loading, error, refetch };
}
