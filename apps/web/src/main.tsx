import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { LoginPage } from '@planbord/web-identity/login';
import { LoadingPage } from './pages/LoadingPage';
import { LocaleRoot } from './shell/LocaleRoot';
import { LOGIN_PATH } from './shell/login-path';

// What a browser loads first is the login page and the language; the GraphQL client and every signed-in page come
// in later chunks, each page its own (see App.tsx).
const SignedInApp = lazy(() => import('./SignedInApp'));

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

createRoot(container).render(
  <StrictMode>
    <BrowserRouter>
      <LocaleRoot>
        <Routes>
          <Route path={LOGIN_PATH} element={<LoginPage />} />
          <Route
            path="*"
            element={
              <Suspense fallback={<LoadingPage />}>
                <SignedInApp />
              </Suspense>
            }
          />
        </Routes>
      </LocaleRoot>
    </BrowserRouter>
  </StrictMode>,
);
