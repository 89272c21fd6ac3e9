import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, MeDocument } from '@planbord/web-graphql';
import { App } from './App';
import { UserLocale } from './shell/UserLocale';

const client = createApolloClient({
  // A session that ended (expired, revoked, person deactivated) makes `me` null; the route guard then sends the person
  // to the login page, remembering where they were.
  onUnauthenticated: (operationName) => {
    if (operationName === 'ChangePassword') return;
    const signedIn = client.cache.readQuery({ query: MeDocument })?.me;
    if (signedIn) {
      sessionStorage.setItem('planbord.sessionEnded', '1');
      client.cache.writeQuery({ query: MeDocument, data: { me: null } });
    }
  },
});

/** Everything behind the login: the GraphQL client, the person's language, the shell and its pages. */
export default function SignedInApp() {
  return (
    <ApolloProvider client={client}>
      <UserLocale>
        <App />
      </UserLocale>
    </ApolloProvider>
  );
}
