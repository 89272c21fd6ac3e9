import { useApolloClient, useMutation } from '@apollo/client/react';
import { MeDocument, SetMyLocaleDocument } from '@planbord/web-graphql';
import type { Locale } from '@planbord/domain';

/**
 * Remembers the person's language on the server. The answer (`id`, `version`, `locale`) updates `me` in the cache;
 * the optimistic answer switches the interface at once instead of after the round trip.
 */
export function useSetMyLocale() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(SetMyLocaleDocument);
  const setMyLocale = (locale: Locale) => {
    const me = client.cache.readQuery({ query: MeDocument })?.me;
    return mutate({
      variables: { locale },
      optimisticResponse: me
        ? { setMyLocale: { __typename: 'User' as const, id: me.id, version: me.version + 1, locale } }
        : undefined,
    });
  };
  return [setMyLocale, state] as const;
}
