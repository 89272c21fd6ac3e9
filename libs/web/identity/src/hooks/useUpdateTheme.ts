import { useMutation } from '@apollo/client/react';
import { UpdateThemeDocument, type ThemeInput } from '@planbord/web-graphql';

export function useUpdateTheme() {
  const [mutate, state] = useMutation(UpdateThemeDocument, {
    // The entity itself updates in place by id; lists reload because (de)activation and renaming change them.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'themes' });
      cache.gc();
    },
  });
  const updateTheme = (id: string, input: ThemeInput, expectedVersion: number) =>
    mutate({ variables: { id, input, expectedVersion } });
  return [updateTheme, state] as const;
}
