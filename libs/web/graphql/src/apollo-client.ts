import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';

export interface ApolloClientOptions {
  /** Where the API answers; the web app is served by the API itself, so the default is same-origin `/graphql`. */
  uri?: string;
  /** Where subscriptions are served (graphql-transport-ws); the default is same-origin `/graphql` over ws(s). */
  wsUri?: string;
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
    link: ApolloLink.from([errorLink, ApolloLink.split(isSubscription, subscriptionLink(options.wsUri), ApolloLink.from([languageLink, httpLink]))]),
    cache: new InMemoryCache(),
  });
}

function isSubscription({ query }: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}

/**
 * Subscriptions over one WebSocket, opened only while a page listens (lazy) and closed shortly after the last one
 * stops, so a new sign-in starts a socket with the new session cookie (the browser sends it with the handshake).
 * A dropped connection is retried with back-off (changes made while it was down show on the next change or reload).
 */
function subscriptionLink(wsUri: string | undefined): ApolloLink {
  if (typeof window === 'undefined') return ApolloLink.empty();
  const url = wsUri ?? `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/graphql`;
  return new GraphQLWsLink(createClient({ url, lazy: true, lazyCloseTimeout: 3000, retryAttempts: Infinity, shouldRetry: () => true }));
}
