import { Alert, Button, useT } from '@planbord/web-ui';
import { describeFailure } from './failure';

/** A failed load, with the reason and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <Alert type="error">
      <p className="utrecht-paragraph">{describeFailure(error, t).message}</p>
      {onRetry ? <Button onClick={() => onRetry()}>{t('error.retry')}</Button> : null}
    </Alert>
  );
}
