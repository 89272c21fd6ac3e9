import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, MeDocument } from '@planbord/web-graphql';
import { App } from './App';
import { LocaleRoot } from './shell/LocaleRoot';

const client = createApolloClient({
  // A session that ended (expired, revoked, person deactivated) makes `me` null; the route guard then sends the person
  // to the login page, remembering where they were. A failed login itself is not an ended session.
  onUnauthenticated: (operationName) => {
    if (operationName === 'Login' || operationName === 'ChangePassword') return;
    const signedIn = client.cache.readQuery({ query: MeDocument })?.me;
    if (signedIn) {
      sessionStorage.setItem('planbord.sessionEnded', '1');
      client.cache.writeQuery({ query: MeDocument, data: { me: null } });
    }
  },
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BrowserRouter>
        <LocaleRoot>
          <App />
        </LocaleRoot>
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
