import { QueryFailure, useT } from '@planbord/web-ui';
import { describeFailure } from './failure';

/** A failed load, with the reason and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return <QueryFailure failure={describeFailure(error, t)} onRetry={onRetry} retryLabel={t('error.retry')} />;
}
