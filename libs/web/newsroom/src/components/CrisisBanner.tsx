import { Link as RouterLink } from 'react-router-dom';
import { linkClassName } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useCrisisState } from '../hooks/useCrisisState';
import { NEWSROOM_ROUTES } from '../routes';

/** While crisis mode is on, the inbox says so and leads to the crisis overview. */
export function CrisisBanner() {
  const t = useT();
  const { crisis } = useCrisisState();
  if (!crisis?.active) return null;
  return (
    <div className="planbord-crisis-banner" role="region" aria-label={t('newsroom.crisisView.on')}>
      <p className="utrecht-paragraph">
        <strong>{t('newsroom.inbox.crisisBanner', { reason: crisis.reason ?? '' })}</strong>{' '}
        <RouterLink className={linkClassName} to={NEWSROOM_ROUTES.crisis}>
          {t('newsroom.inbox.crisisLink')}
        </RouterLink>
      </p>
    </div>
  );
}
