import { useMutation } from '@apollo/client/react';
import { SetMyLocaleDocument } from '@planbord/web-graphql';
import type { Locale } from '@planbord/domain';

/** Remembers the person's language on the server; the returned `{ id, locale }` updates `me` in the cache. */
export function useSetMyLocale() {
  const [mutate, state] = useMutation(SetMyLocaleDocument);
  const setMyLocale = (locale: Locale) => mutate({ variables: { locale } });
  return [setMyLocale, state] as const;
}
