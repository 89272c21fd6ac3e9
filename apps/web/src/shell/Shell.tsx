import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { Link as RouterLink, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { can } from '@planbord/domain';
import { useCurrentUser } from '@planbord/web-graphql';
import { useLogout, type LoginLocationState } from '@planbord/web-identity';
import { CrisisBanner, CrisisSwitch, NotificationBell } from '@planbord/web-publishing';
import { Button, LanguageSwitch, SkipLink, Spinner } from '@planbord/web-ui';
import { useT } from '../i18n';
import { NAVIGATION, ROUTES, type NavItem } from './routes';

export function Shell() {
  const t = useT();
  const { me } = useCurrentUser();
  const [logout, { loading: loggingOut }] = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const menuButton = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  const menuId = useId();
  // On a narrow screen the navigation and the person's tools fold away behind the menu button; on a wide one they
  // are always shown and the button is hidden.
  const [menuOpen, setMenuOpen] = useState(false);

  // Choosing a page closes the menu (the focus then goes to the new page's heading).
  useEffect(() => setMenuOpen(false), [location.pathname]);

  // An open menu takes the focus to its first link; Escape closes it and gives the focus back to the button.
  useEffect(() => {
    if (!menuOpen) return;
    nav.current?.querySelector<HTMLElement>('a')?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuOpen]);

  // On every page change move focus to the new page's heading, so keyboard and screen reader users start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const container = main.current;
    if (!container) return;
    const heading = () => container.querySelector<HTMLElement>('h1');
    const first = heading();
    if (first) {
      first.focus();
      return;
    }
    // A page still downloading has no heading yet: hold the focus on the main area, and move it to the heading once
    // the page is there (unless the person has moved on meanwhile).
    container.focus();
    const observer = new MutationObserver(() => {
      const arrived = heading();
      if (!arrived) return;
      observer.disconnect();
      if (document.activeElement === container) arrived.focus();
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [location.pathname]);

  if (!me) return null;
  const visible = (items: NavItem[]): NavItem[] =>
    items
      .filter((item) => !item.operation || can(me.role, item.operation))
      .map((item) => ({ ...item, children: item.children && visible(item.children) }));

  const onLogout = async () => {
    await logout();
    const state: LoginLocationState = { reason: 'loggedOut' };
    navigate(ROUTES.login, { replace: true, state });
  };

  return (
    <div className="planbord-shell">
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="planbord-header">
        <RouterLink to={ROUTES.start} className="planbord-brand" aria-label={t('app.home')}>
          <span className="planbord-brand__mark" aria-hidden="true" />
          {t('app.name')}
        </RouterLink>
        <div className="planbord-header__quick">
          <CrisisSwitch />
          <NotificationBell />
        </div>
        <button
          type="button"
          ref={menuButton}
          className="utrecht-button utrecht-button--secondary-action planbord-menu-button"
          aria-expanded={menuOpen}
          aria-controls={`${menuId}-nav ${menuId}-tools`}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="planbord-menu-button__icon" aria-hidden="true" />
          {t('nav.menu')}
        </button>
        <div id={`${menuId}-tools`} className={`planbord-header__tools${menuOpen ? ' planbord-menu--open' : ''}`}>
          <div
            className="planbord-user"
            aria-label={t('header.signedInAs', { name: me.name, role: t(`role.${me.role}`) })}
            role="group"
          >
            <span className="planbord-user__name">{me.name}</span>
            <span className="planbord-user__role">{t(`role.${me.role}`)}</span>
          </div>
          <LanguageSwitch />
          <Button appearance="secondary" busy={loggingOut} onClick={() => void onLogout()}>
            {t('header.logout')}
          </Button>
        </div>
      </header>
      <nav
        id={`${menuId}-nav`}
        ref={nav}
        className={`planbord-nav${menuOpen ? ' planbord-menu--open' : ''}`}
        aria-label={t('nav.label')}
      >
        <NavList items={visible(NAVIGATION)} />
      </nav>
      <main className="planbord-main" id="main" tabIndex={-1} ref={main}>
        <div className="planbord-main__content">
          <CrisisBanner />
          <Suspense fallback={<Spinner label={t('app.loading')} />}>
            <Outlet />
          </Suspense>
        </div>
      </main>
    </div>
  );
}

function NavList({ items }: { items: NavItem[] }) {
  const t = useT();
  return (
    <ul className="planbord-nav__list">
      {items.map((item) => (
        <li key={item.to}>
          {item.children?.length ? (
            // A section: it leads to its first page, and is never itself "the current page".
            <RouterLink to={item.children[0].to} className="planbord-nav__link planbord-nav__section">
              {t(item.label)}
            </RouterLink>
          ) : (
            <NavLink to={item.to} end={item.to === ROUTES.start} className="planbord-nav__link">
              {t(item.label)}
              {item.counter ? <item.counter /> : null}
            </NavLink>
          )}
          {item.children?.length ? <NavList items={item.children} /> : null}
        </li>
      ))}
    </ul>
  );
}
