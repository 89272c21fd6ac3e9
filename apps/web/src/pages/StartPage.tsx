import { Link as RouterLink } from 'react-router-dom';
import { can } from '@planbord/domain';
import { useCurrentUser } from '@planbord/web-graphql';
import { Alert, Heading, PageHeader, linkClassName } from '@planbord/web-ui';
import { useT } from '../i18n';
import { ROUTES } from '../shell/routes';

export function StartPage() {
  const t = useT();
  const { me } = useCurrentUser();
  if (!me) return null;
  const role = t(`role.${me.role}`);
  return (
    <>
      <PageHeader
        title={t('start.title', { name: me.name })}
        intro={
          <>
            {t('start.role', { role })} {me.department ? t('start.department', { department: me.department.name }) : null}
          </>
        }
      />
      <Heading level={2}>{t('start.next')}</Heading>
      <div className="planbord-start-grid">
        {can(me.role, 'Mutation.createUser') ? (
          <section className="planbord-card" aria-labelledby="start-admin">
            <Heading level={3} id="start-admin">
              <RouterLink className={linkClassName} to={ROUTES.people}>
                {t('start.adminCard')}
              </RouterLink>
            </Heading>
            <p className="utrecht-paragraph">{t('start.adminText')}</p>
          </section>
        ) : null}
        <section className="planbord-card" aria-labelledby="start-account">
          <Heading level={3} id="start-account">
            <RouterLink className={linkClassName} to={ROUTES.account}>
              {t('start.accountCard')}
            </RouterLink>
          </Heading>
          <p className="utrecht-paragraph">{t('start.accountText')}</p>
        </section>
      </div>
      <div className="planbord-form-actions">
        <Alert type="info" live={false}>
          {t('start.comingSoon')}
        </Alert>
      </div>
    </>
  );
}
