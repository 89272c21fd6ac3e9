import { useMutation } from '@apollo/client/react';
import { UpdateThemeRuleDocument, evictRootFields, type ThemeRulePatchInput } from '@planbord/web-graphql';

/** Changes a theme rule's words. */
export function useUpdateThemeRule() {
  const [mutate, state] = useMutation(UpdateThemeRuleDocument, {
    update: (cache) => evictRootFields(cache, ['themeRules']),
  });
  const run = (id: string, expectedVersion: number, input: ThemeRulePatchInput) =>
    mutate({ variables: { id, expectedVersion, input } });
  return [run, state] as const;
}
