import { useState } from 'react';
import { failureFacts } from '@planbord/web-graphql';
import { Alert, Button, describeFailure, Heading, SelectField, type Failure } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useAddSignalsToTopic } from '../hooks/useAddSignalsToTopic';
import { useTopics } from '../hooks/useTopics';
import type { SignalDetail } from '../model/newsroom';

/** Brings a signal that is in no topic yet into an open one. */
export function AddToTopic({ signal }: { signal: SignalDetail }) {
  const t = useT();
  const { topics } = useTopics(['OPEN']);
  const [add, state] = useAddSignalsToTopic();
  const [topicId, setTopicId] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  if (signal.topic && !added) return null;
  const headingId = `add-topic-${signal.id}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t('newsroom.addToTopic.title')}
      </Heading>
      <div aria-live="polite">
        {added ? (
          <Alert type="ok" live={false}>
            {t('newsroom.addToTopic.added', { title: added })}
          </Alert>
        ) : null}
      </div>
      {signal.topic ? null : topics && topics.length === 0 ? (
        <p className="utrecht-paragraph">{t('newsroom.addToTopic.none')}</p>
      ) : (
        <form
          className="planbord-field-row"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const topic = topics?.find((candidate) => candidate.id === topicId);
            if (!topic) {
              setFailure({
                code: null,
                message: t('newsroom.addToTopic.missing'),
                fields: { topicId: t('newsroom.addToTopic.missing') },
              });
              return;
            }
            setFailure(null);
            add(topic.id, [signal.id]).then(
              () => setAdded(topic.title),
              (error: unknown) => setFailure(describeFailure(failureFacts(error), t)),
            );
          }}
        >
          <SelectField
            label={t('newsroom.addToTopic.topic')}
            value={topicId}
            error={failure?.fields.topicId ?? (failure ? failure.message : null)}
            onChange={(event) => {
              setTopicId(event.target.value);
              setFailure(null);
            }}
            options={[
              { value: '', label: t('newsroom.choose') },
              ...(topics ?? []).map((topic) => ({ value: topic.id, label: topic.title })),
            ]}
          />
          <Button type="submit" busy={state.loading}>
            {t('newsroom.addToTopic.add')}
          </Button>
        </form>
      )}
    </section>
  );
}
