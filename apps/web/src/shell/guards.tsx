import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { can, type Operation } from '@planbord/domain';
import { failureFacts, useCurrentUser, useOrganisation } from '@planbord/web-graphql';
import type { LoginLocationState } from '@planbord/web-identity';
import { OrgTimeProvider, QueryFailure, Spinner } from '@planbord/web-ui';
import { useT } from '../i18n';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ROUTES } from './routes';

/** Only for the signed-in: anyone else goes to the login page, which brings them back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const t = useT();
  const location = useLocation();
  const { me, loading, error } = useCurrentUser();
  if (loading) return <Spinner label={t('app.loading')} />;
  if (error && !me) {
    return (
      <main className="planbord-login" id="main">
        <QueryFailure facts={failureFacts(error)} onRetry={() => window.location.reload()} />
      </main>
    );
  }
  if (!me) {
    const expired = sessionStorage.getItem('planbord.sessionEnded') === '1';
    sessionStorage.removeItem('planbord.sessionEnded');
    const state: LoginLocationState = {
      from: `${location.pathname}${location.search}`,
      reason: expired ? 'expired' : undefined,
    };
    return <Navigate to={ROUTES.login} replace state={state} />;
  }
  return <>{children}</>;
}

/** A page for some roles only: for the others it does not exist, as the navigation does not show it either. */
export function RequirePermission({ operation, children }: { operation: Operation; children: ReactNode }) {
  const { me } = useCurrentUser();
  return can(me?.role, operation) ? <>{children}</> : <NotFoundPage />;
}

/**
 * Loads the organisation's settings once after sign-in. Nothing below renders before the server has told its time
 * zone, so no time is ever shown on a guessed clock.
 */
export function RequireOrganisation({ children }: { children: ReactNode }) {
  const t = useT();
  const { organisation, loading, error, refetch } = useOrganisation();
  if (organisation) return <OrgTimeProvider zone={organisation.timeZone}>{children}</OrgTimeProvider>;
  if (error && !loading) {
    return (
      <main className="planbord-login" id="main">
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      </main>
    );
  }
  return <Spinner label={t('app.loading')} />;
}
