import { useEffect, useRef } from 'react';
import { failureFacts } from '@planbord/web-graphql';
import {
  EmptyState,
  QueryFailure,
  Spinner,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useFormat,
} from '@planbord/web-ui';
import { useWebhookDeliveries } from '../hooks/useWebhookDeliveries';
import { useT } from '../i18n';
import { eventLabel } from './webhook-events';

/** Every attempt at a webhook's messages, the latest first: what the receiver answered, and when the next try is. */
export function DeliveryLog({
  webhookId,
  url,
  onAttempts,
}: {
  webhookId: string;
  url: string;
  /** Told when new attempts appear: the webhook's own state (last arrival, failing since) may have changed. */
  onAttempts: () => void;
}) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const { list, error, refetch } = useWebhookDeliveries(webhookId);
  const count = list?.length ?? 0;
  const seen = useRef(count);
  useEffect(() => {
    if (count === seen.current) return;
    seen.current = count;
    onAttempts();
  }, [count, onAttempts]);
  if (error && !list) return <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />;
  if (!list) return <Spinner label={t('integrations.webhooks.logLoading')} />;
  if (list.length === 0) return <EmptyState title={t('integrations.webhooks.logEmpty')} />;
  return (
    <Table caption={t('integrations.webhooks.log', { url })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('integrations.webhooks.logTime')}</TableHeaderCell>
          <TableHeaderCell>{t('integrations.webhooks.logEvent')}</TableHeaderCell>
          <TableHeaderCell>{t('integrations.webhooks.logAttempt')}</TableHeaderCell>
          <TableHeaderCell>{t('integrations.webhooks.logStatus')}</TableHeaderCell>
          <TableHeaderCell>{t('integrations.webhooks.logNext')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {list.map((delivery) => (
          <TableRow key={delivery.id}>
            <TableCell>{formatDateTime(delivery.attemptedAt, { weekday: false })}</TableCell>
            <TableCell>
              {eventLabel(t, delivery.event)}
              <br />
              <code className="planbord-muted">{delivery.messageId}</code>
            </TableCell>
            <TableCell>{delivery.attempt}</TableCell>
            <TableCell>
              <StatusBadge status={delivery.success ? 'success' : 'danger'}>
                {delivery.success
                  ? t('integrations.webhooks.logOk', { status: String(delivery.statusCode) })
                  : delivery.statusCode
                    ? t('integrations.webhooks.logHttp', { status: String(delivery.statusCode) })
                    : t('integrations.webhooks.logError', { error: delivery.error ?? '?' })}
              </StatusBadge>{' '}
              <span className="planbord-muted">
                {t('integrations.webhooks.logDuration', { ms: String(delivery.durationMs) })}
              </span>
            </TableCell>
            <TableCell>
              {delivery.nextAttemptAt
                ? formatDateTime(delivery.nextAttemptAt, { weekday: false })
                : t('integrations.webhooks.noNext')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
