import { useState } from 'react';
import { WEBHOOK_EVENTS } from '@planbord/domain';
import { Button, ButtonGroup, CheckboxGroup, Heading, TextField } from '@planbord/web-ui';
import { useT } from '../i18n';
import { eventLabel } from './webhook-events';

export interface WebhookFormValues {
  url: string;
  events: string[];
}

/** The address and the events of a webhook, new or changed; the server's field errors show beside their fields. */
export function WebhookForm({
  title,
  initial,
  submitLabel,
  busy,
  fieldErrors,
  onSubmit,
  onCancel,
}: {
  title: string;
  initial?: WebhookFormValues;
  submitLabel: string;
  busy: boolean;
  fieldErrors: Record<string, string | undefined>;
  onSubmit: (values: WebhookFormValues) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const t = useT();
  const [url, setUrl] = useState(initial?.url ?? '');
  const [events, setEvents] = useState<string[]>(initial?.events ?? []);
  const [missing, setMissing] = useState(false);
  return (
    <form
      className="planbord-webhook-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!url.trim() || events.length === 0) {
          setMissing(true);
          return;
        }
        setMissing(false);
        void onSubmit({ url: url.trim(), events }).then((done) => {
          if (done && !initial) {
            setUrl('');
            setEvents([]);
          }
        });
      }}
    >
      <Heading level={2}>{title}</Heading>
      <TextField
        label={t('integrations.webhooks.url')}
        description={t('integrations.webhooks.urlHint')}
        type="url"
        inputMode="url"
        autoComplete="off"
        value={url}
        error={missing && !url.trim() ? t('integrations.webhooks.required') : fieldErrors.url}
        onChange={(event) => setUrl(event.target.value)}
      />
      <CheckboxGroup
        legend={t('integrations.webhooks.events')}
        options={WEBHOOK_EVENTS.map((type) => ({ value: type, label: eventLabel(t, type) }))}
        values={events}
        onChange={setEvents}
        error={missing && events.length === 0 ? t('integrations.webhooks.eventsRequired') : fieldErrors.events}
      />
      <ButtonGroup>
        <Button appearance="primary" type="submit" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('integrations.webhooks.cancel')}</Button> : null}
      </ButtonGroup>
    </form>
  );
}
