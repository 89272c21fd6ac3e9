import { useMutation } from '@apollo/client/react';
import { CreateThemeRuleDocument, evictRootFields } from '@planbord/web-graphql';

/** Adds words that suggest a theme. */
export function useCreateThemeRule() {
  const [mutate, state] = useMutation(CreateThemeRuleDocument, {
    update: (cache) => evictRootFields(cache, ['themeRules']),
  });
  const run = (themeId: string, keywords: string[]) => mutate({ variables: { themeId, keywords } });
  return [run, state] as const;
}
