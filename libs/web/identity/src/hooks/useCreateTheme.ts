import { useMutation } from '@apollo/client/react';
import { CreateThemeDocument, type ThemeInput } from '@planbord/web-graphql';

export function useCreateTheme() {
  const [mutate, state] = useMutation(CreateThemeDocument, {
    // Every cached list (with or without inactive ones) loads again, sorted by the server, with the new one in it.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'themes' });
      cache.gc();
    },
  });
  const createTheme = (input: ThemeInput) => mutate({ variables: { input } });
  return [createTheme, state] as const;
}
