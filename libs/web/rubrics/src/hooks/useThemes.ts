import { useQuery } from '@apollo/client/react';
import { ThemesDocument } from '@planbord/web-graphql';

/** The active themes a rubric can belong to. */
export function useThemes() {
  const { data } = useQuery(ThemesDocument, { variables: { includeInactive: false, take: 200 } });
  return data?.themes ?? null;
}
