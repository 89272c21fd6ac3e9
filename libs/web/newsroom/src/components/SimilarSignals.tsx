import { useState } from 'react';
import { Button, CheckboxField, Heading, TextField, useFormat } from '@planbord/web-ui';
import { useT } from '../i18n';
import type { SignalDetail } from '../model/newsroom';

/**
 * Signals of the last 72 hours that read alike and share a theme or the neighbourhood: gathered into one topic, one
 * decision covers them all.
 */
export function SimilarSignals({
  signal,
  busy,
  onCreateTopic,
}: {
  signal: SignalDetail;
  busy: boolean;
  onCreateTopic: (title: string, signalIds: string[]) => Promise<void>;
}) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const [chosen, setChosen] = useState<string[]>(() => signal.similarSignals.map((similar) => similar.id));
  const [title, setTitle] = useState('');
  const [missing, setMissing] = useState(false);
  if (signal.topic || signal.similarSignals.length === 0) return null;
  return (
    <section aria-labelledby={`similar-${signal.id}`}>
      <Heading level={3} id={`similar-${signal.id}`}>
        {t('newsroom.similar.title', { count: signal.similarSignals.length })}
      </Heading>
      <form
        className="planbord-triage-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!title.trim()) {
            setMissing(true);
            return;
          }
          void onCreateTopic(title.trim(), [signal.id, ...chosen]);
        }}
      >
        {signal.similarSignals.map((similar) => (
          <CheckboxField
            key={similar.id}
            label={`${similar.body} (${t(`newsroom.source.${similar.source}`)}, ${formatDateTime(similar.receivedAt, { weekday: false })})`}
            checked={chosen.includes(similar.id)}
            onChange={(event) =>
              setChosen((current) =>
                event.target.checked ? [...current, similar.id] : current.filter((id) => id !== similar.id),
              )
            }
          />
        ))}
        <TextField
          label={t('newsroom.similar.topicTitle')}
          value={title}
          error={missing ? t('newsroom.topics.titleMissing') : null}
          onChange={(event) => {
            setTitle(event.target.value);
            setMissing(false);
          }}
        />
        <div>
          <Button type="submit" busy={busy}>
            {t('newsroom.similar.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
