import { Alert, Button, useT } from '@planbord/web-ui';
import { describeFailure } from './failure';

/** A failed load, with the reason and a way to try again. */
export function QueryFailure({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const failure = describeFailure(error, t);
  return (
    <Alert type="error">
      <p className="utrecht-paragraph">{failure.code === 'FORBIDDEN' ? t('error.forbidden') : failure.message}</p>
      {onRetry ? <Button onClick={() => onRetry()}>{t('error.retry')}</Button> : null}
    </Alert>
  );
}
