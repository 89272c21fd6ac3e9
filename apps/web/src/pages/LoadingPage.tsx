import { Spinner } from '@planbord/web-ui';
import { useT } from '../i18n';

/** While the next part of the app downloads. */
export function LoadingPage() {
  const t = useT();
  return (
    <main className="planbord-login" id="main">
      <Spinner label={t('app.loading')} />
    </main>
  );
}
