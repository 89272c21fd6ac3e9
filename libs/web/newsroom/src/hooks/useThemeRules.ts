import { useQuery } from '@apollo/client/react';
import { ThemeRulesDocument } from '@planbord/web-graphql';

/** The words that suggest a theme for an incoming signal. */
export function useThemeRules() {
  const { data, loading, error, refetch } = useQuery(ThemeRulesDocument, { fetchPolicy: 'cache-and-network' });
  return { list: data?.themeRules ?? null, loading, error, refetch };
}
