import { useQuery } from '@apollo/client/react';
import { ThemesDocument } from '@planbord/web-graphql';

/** The active themes to choose from. */
export function useThemes() {
  const { data, loading, error } = useQuery(ThemesDocument, { variables: { includeInactive: false, take: 200 } });
  return { themes: data?.themes ?? null, loading, error };
}
