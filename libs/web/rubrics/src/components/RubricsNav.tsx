import { NavLink } from 'react-router-dom';
import { useT } from '../i18n';

export const RUBRIC_ROUTES = { list: '/rubrieken', year: '/rubrieken/jaar' } as const;

/** Between the list and the year overview; the current one is marked for assistive technology too. */
export function RubricsNav() {
  const t = useT();
  return (
    <nav className="planbord-subnav" aria-label={t('rubrics.subnav')}>
      <NavLink to={RUBRIC_ROUTES.list} end className="planbord-subnav__link">
        {t('rubrics.list')}
      </NavLink>
      <NavLink to={RUBRIC_ROUTES.year} className="planbord-subnav__link">
        {t('rubrics.year')}
      </NavLink>
    </nav>
  );
}
