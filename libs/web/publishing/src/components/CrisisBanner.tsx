import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { can } from '@planbord/domain';
import { useCalendarChanged, useCurrentUser } from '@planbord/web-graphql';
import { linkClassName, useFormat } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useCrisis } from '../hooks/useCrisis';
import { staleOnChange } from '../hooks/stale-on-change';
import { PUBLISHING_ROUTES } from '../routes';

/**
 * The red crisis banner, on every page for everyone while crisis mode is on: the reason, who, since when, how many
 * posts are held. It interrupts (role=alert) only when the state changes while the page is open, not on every load.
 */
export function CrisisBanner() {
  const t = useT();
  const { formatDateTime, formatNumber } = useFormat();
  const { me } = useCurrentUser();
  // Listens once for the whole app (the shell always shows the banner): it flips for everyone, the approval count stays current.
  useCalendarChanged(staleOnChange, 300);
  const { crisis } = useCrisis();
  const known = useRef<string | null | undefined>(undefined);
  const [announce, setAnnounce] = useState(false);
  const activation = crisis ? (crisis.active ? (crisis.activationId ?? 'active') : null) : undefined;

  useEffect(() => {
    if (activation === undefined) return;
    if (known.current !== undefined && known.current !== activation) setAnnounce(true);
    known.current = activation;
  }, [activation]);

  const held = crisis
    ? crisis.heldPosts === 1
      ? t('crisis.heldOne')
      : t('crisis.heldMany', { count: formatNumber(crisis.heldPosts) })
    : '';

  return (
    // The live region is always there, so a banner that appears in it is announced.
    <div className="planbord-crisis-slot" role={announce ? 'alert' : undefined}>
      {crisis?.active ? (
        <section className="planbord-crisis-banner" aria-label={t('crisis.bannerLabel')}>
          <p className="planbord-crisis-banner__title">{t('crisis.bannerTitle', { reason: crisis.reason ?? '' })}</p>
          <p className="planbord-crisis-banner__meta">
            {t('crisis.bannerMeta', {
              name: crisis.by?.name ?? t('notifications.someone'),
              since: crisis.since ? formatDateTime(crisis.since) : '—',
            })}{' '}
            {crisis.heldPosts > 0 && can(me?.role, 'Query.heldPosts') ? (
              <RouterLink className={`${linkClassName} planbord-crisis-banner__link`} to={PUBLISHING_ROUTES.heldPosts}>
                {held}
              </RouterLink>
            ) : (
              held
            )}
          </p>
        </section>
      ) : null}
    </div>
  );
}
