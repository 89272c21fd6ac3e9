import { Link as RouterLink } from 'react-router-dom';
import { PageHeader, linkClassName } from '@planbord/web-ui';
import { useT } from '../i18n';
import { ROUTES } from '../shell/routes';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('notFound.title')} intro={t('notFound.text')} />
      <p className="utrecht-paragraph">
        <RouterLink className={linkClassName} to={ROUTES.start}>
          {t('notFound.home')}
        </RouterLink>
      </p>
    </>
  );
}
