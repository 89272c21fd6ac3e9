import { NavLink } from 'react-router-dom';
import { useT } from '../i18n';
import { NEWSROOM_ROUTES } from '../routes';

const TABS = [
  { to: NEWSROOM_ROUTES.inbox, label: 'newsroom.tabs.inbox' },
  { to: NEWSROOM_ROUTES.webcare, label: 'newsroom.tabs.webcare' },
  { to: NEWSROOM_ROUTES.topics, label: 'newsroom.tabs.topics' },
  { to: NEWSROOM_ROUTES.crisis, label: 'newsroom.tabs.crisis' },
  { to: NEWSROOM_ROUTES.log, label: 'newsroom.tabs.log' },
  { to: NEWSROOM_ROUTES.newSignal, label: 'newsroom.tabs.new' },
  { to: NEWSROOM_ROUTES.settings, label: 'newsroom.tabs.settings' },
] as const;

/** The newsroom's own pages, side by side under its heading. */
export function NewsroomTabs() {
  const t = useT();
  return (
    <nav className="planbord-tabs planbord-no-print" aria-label={t('newsroom.tabs.label')}>
      <ul className="planbord-tabs__list">
        {TABS.map((tab) => (
          <li key={tab.to}>
            <NavLink className="planbord-tabs__link" to={tab.to} end={tab.to === NEWSROOM_ROUTES.inbox}>
              {t(tab.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
