import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { can, type Operation } from '@planbord/domain';
import { QueryError, useMe, type LoginLocationState } from '@planbord/web-identity';
import { Spinner, useT } from '@planbord/web-ui';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ROUTES } from './routes';

/** Only for the signed-in: anyone else goes to the login page, which brings them back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const t = useT();
  const location = useLocation();
  const { me, loading, error } = useMe();
  if (loading) return <Spinner label={t('app.loading')} />;
  if (error && !me) {
    return (
      <main className="planbord-login" id="main">
        <QueryError error={error} onRetry={() => window.location.reload()} />
      </main>
    );
  }
  if (!me) {
    const expired = sessionStorage.getItem('planbord.sessionEnded') === '1';
    sessionStorage.removeItem('planbord.sessionEnded');
    const state: LoginLocationState = { from: `${location.pathname}${location.search}`, reason: expired ? 'expired' : undefined };
    return <Navigate to={ROUTES.login} replace state={state} />;
  }
  return <>{children}</>;
}

/** A page for some roles only: for the others it does not exist, as the navigation does not show it either. */
export function RequirePermission({ operation, children }: { operation: Operation; children: ReactNode }) {
  const { me } = useMe();
  return can(me?.role, operation) ? <>{children}</> : <NotFoundPage />;
}
