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
  // Change events are not replayed: what changed while the socket was down (laptop asleep, a train tunnel) would stay
  // stale on screen until the next change or a reload, so once it is back every query on screen fetches afresh. A
  // refetch that fails shows at its own query, hence the empty catch.
  const onReconnected = () => void client.refetchQueries({ include: 'active' }).catch(() => undefined);
  const client = new ApolloClient({
    link: ApolloLink.from([
      errorLink,
      ApolloLink.split(
        isSubscription,
        subscriptionLink(options.wsUri, onReconnected),
        ApolloLink.from([languageLink, httpLink]),
      ),
    ]),
    cache: new InMemoryCache(),
  });
  return client;
}

function isSubscription({ query }: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}

/**
 * Subscriptions over one WebSocket, opened only while a page listens (lazy) and closed shortly after the last one
 * stops, so a new sign-in starts a socket with the new session cookie (the browser sends it with the handshake).
 * A dropped connection is retried with back-off; every connection after the first calls `onReconnected`.
 */
function subscriptionLink(wsUri: string | undefined, onReconnected: () => void): ApolloLink {
  if (typeof window === 'undefined') return ApolloLink.empty();
  const url = wsUri ?? `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/graphql`;
  let connectedBefore = false;
  const connected = () => {
    if (connectedBefore) onReconnected();
    connectedBefore = true;
  };
  return new GraphQLWsLink(
    createClient({
      url,
      lazy: true,
      lazyCloseTimeout: 3000,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      on: { connected },
    }),
  );
}
