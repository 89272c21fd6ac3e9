import { useState } from 'react';
import { failureFacts } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  describeFailure,
  EmptyState,
  Heading,
  PageHeader,
  QueryFailure,
  SecretOnce,
  Spinner,
  StatusBadge,
  useFormat,
  type Failure,
} from '@planbord/web-ui';
import { DeliveryLog } from '../components/DeliveryLog';
import { eventLabel } from '../components/webhook-events';
import { WebhookForm, type WebhookFormValues } from '../components/WebhookForm';
import { useCreateWebhook } from '../hooks/useCreateWebhook';
import { useRotateWebhookSecret } from '../hooks/useRotateWebhookSecret';
import { useSendTestWebhook } from '../hooks/useSendTestWebhook';
import { useUpdateWebhook } from '../hooks/useUpdateWebhook';
import { useWebhooks } from '../hooks/useWebhooks';
import { useT } from '../i18n';
import '../webhooks.css';

/** Beheer › Webhooks: who outside hears of Planbord's decisions, with a secret shown once and a log of every attempt. */
export function WebhooksPage() {
  const t = useT();
  const { formatDateTime } = useFormat();
  const { list, error, refetch } = useWebhooks();
  const [create, createState] = useCreateWebhook();
  const [update, updateState] = useUpdateWebhook();
  const [rotate, rotateState] = useRotateWebhookSecret();
  const [sendTest, testState] = useSendTestWebhook();
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [failure, setFailure] = useState<{ of: string; failure: Failure } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [logOpen, setLogOpen] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const fail = (of: string) => (e: unknown) => {
    setFailure({ of, failure: describeFailure(failureFacts(e), t) });
    return false;
  };
  const fieldsOf = (of: string) => (failure?.of === of ? failure.failure.fields : {});
  const toggleLog = (id: string) =>
    setLogOpen((open) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const add = (values: WebhookFormValues) => {
    setFailure(null);
    return create(values.url, values.events).then((result) => {
      const created = result.data?.createWebhook;
      if (created) setSecret({ url: created.webhook.url, secret: created.secret });
      return true;
    }, fail('new'));
  };

  return (
    <div className="planbord-page planbord-webhooks">
      <PageHeader title={t('integrations.webhooks.title')} intro={t('integrations.webhooks.intro')} />
      <div aria-live="polite">
        {secret ? (
          <SecretOnce
            heading={t('integrations.webhooks.secretTitle', { url: secret.url })}
            explanation={t('integrations.webhooks.secretOnce')}
            secret={secret.secret}
            secretLabel={t('integrations.webhooks.secret')}
            copyLabel={t('integrations.webhooks.copySecret')}
          />
        ) : null}
        {notice ? <Alert type="ok">{notice}</Alert> : null}
      </div>
      {failure && !Object.keys(failure.failure.fields).length ? (
        <Alert type="error">{failure.failure.message}</Alert>
      ) : null}
      {error && !list ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : !list ? (
        <Spinner label={t('integrations.webhooks.loading')} />
      ) : list.length === 0 ? (
        <EmptyState title={t('integrations.webhooks.empty')} />
      ) : (
        <ul className="planbord-webhook-list" aria-label={t('integrations.webhooks.listCaption')}>
          {list.map((webhook) => (
            <li key={webhook.id} className="planbord-webhook">
              {editing === webhook.id ? (
                <WebhookForm
                  title={t('integrations.webhooks.editTitle')}
                  initial={{ url: webhook.url, events: webhook.events }}
                  submitLabel={t('integrations.webhooks.save')}
                  busy={updateState.loading}
                  fieldErrors={fieldsOf(webhook.id)}
                  onCancel={() => setEditing(null)}
                  onSubmit={(values) => {
                    setFailure(null);
                    return update(webhook.id, webhook.version, values).then(() => {
                      setEditing(null);
                      return true;
                    }, fail(webhook.id));
                  }}
                />
              ) : (
                <>
                  <Heading level={2}>
                    <span className="planbord-webhook__url">{webhook.url}</span>{' '}
                    <StatusBadge status={webhook.active ? 'success' : 'inactive'}>
                      {webhook.active ? t('integrations.webhooks.active') : t('integrations.webhooks.inactive')}
                    </StatusBadge>
                  </Heading>
                  <p className="utrecht-paragraph">{webhook.events.map((type) => eventLabel(t, type)).join(', ')}</p>
                  <p className="utrecht-paragraph planbord-muted">
                    {webhook.lastSuccessAt
                      ? t('integrations.webhooks.lastSuccess', {
                          time: formatDateTime(webhook.lastSuccessAt, { weekday: false }),
                        })
                      : t('integrations.webhooks.neverDelivered')}
                  </p>
                  {webhook.disabledAt ? (
                    <Alert type="warning" live={false}>
                      {t('integrations.webhooks.disabledAt', {
                        time: formatDateTime(webhook.disabledAt, { weekday: false }),
                      })}
                    </Alert>
                  ) : webhook.failingSince ? (
                    <Alert type="warning" live={false}>
                      {t('integrations.webhooks.failingSince', {
                        time: formatDateTime(webhook.failingSince, { weekday: false }),
                      })}
                    </Alert>
                  ) : null}
                  <ButtonGroup>
                    <Button
                      busy={testState.loading}
                      onClick={() => {
                        setNotice(null);
                        void sendTest(webhook.id).then(() => {
                          setNotice(t('integrations.webhooks.testSent', { url: webhook.url }));
                          setLogOpen((open) => new Set(open).add(webhook.id));
                        }, fail(webhook.id));
                      }}
                    >
                      {t('integrations.webhooks.sendTest')}
                    </Button>
                    <Button onClick={() => setEditing(webhook.id)}>{t('integrations.webhooks.edit')}</Button>
                    <Button
                      busy={updateState.loading}
                      onClick={() =>
                        void update(webhook.id, webhook.version, { active: !webhook.active }).catch(fail(webhook.id))
                      }
                    >
                      {webhook.active ? t('integrations.webhooks.switchOff') : t('integrations.webhooks.switchOn')}
                    </Button>
                    <Button
                      busy={rotateState.loading}
                      onClick={() =>
                        void rotate(webhook.id).then((result) => {
                          const rotated = result.data?.rotateWebhookSecret;
                          if (rotated) setSecret({ url: rotated.webhook.url, secret: rotated.secret });
                        }, fail(webhook.id))
                      }
                    >
                      {t('integrations.webhooks.rotate')}
                    </Button>
                    <Button aria-expanded={logOpen.has(webhook.id)} onClick={() => toggleLog(webhook.id)}>
                      {logOpen.has(webhook.id)
                        ? t('integrations.webhooks.hideLog')
                        : t('integrations.webhooks.showLog')}
                    </Button>
                  </ButtonGroup>
                  {logOpen.has(webhook.id) ? (
                    <DeliveryLog webhookId={webhook.id} url={webhook.url} onAttempts={() => void refetch()} />
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="utrecht-paragraph planbord-muted">
        {t('integrations.webhooks.publishedHook', { url: `${window.location.origin}/hooks/published?webhook=<id>` })}
      </p>
      <WebhookForm
        title={t('integrations.webhooks.new')}
        submitLabel={t('integrations.webhooks.add')}
        busy={createState.loading}
        fieldErrors={fieldsOf('new')}
        onSubmit={add}
      />
    </div>
  );
}
