import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';

export interface ApolloClientOptions {
  /** Where the API answers; the web app is served by the API itself, so the default is same-origin `/graphql`. */
  uri?: string;
  /** Called when any operation comes back `UNAUTHENTICATED` (session ended or expired). */
  onUnauthenticated?: (operationName: string | undefined) => void;
}

/**
 * Before login the server cannot know the person's language, so every request carries the page's current language
 * (`<html lang>`, kept in sync by the i18n provider). Once signed in the server uses the person's own setting.
 */
const languageLink = new SetContextLink((prevContext) => {
  const lang = typeof document === 'undefined' ? 'nl' : document.documentElement.lang || 'nl';
  return { headers: { ...(prevContext.headers as Record<string, string> | undefined), 'Accept-Language': lang } };
});

export function createApolloClient(options: ApolloClientOptions = {}): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) {
      options.onUnauthenticated?.(operation.operationName);
    }
  });
  const httpLink = new HttpLink({ uri: options.uri ?? '/graphql', credentials: 'same-origin' });
  return new ApolloClient({
    link: ApolloLink.from([errorLink, languageLink, httpLink]),
    cache: new InMemoryCache(),
  });
}
