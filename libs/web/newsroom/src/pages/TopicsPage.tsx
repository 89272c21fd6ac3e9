import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { failureFacts, useChannels, useDepartments, usePeople } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  Card,
  describeFailure,
  EmptyState,
  Heading,
  PageHeader,
  QueryFailure,
  Spinner,
  StatusBadge,
  TextField,
  ToggleGroup,
  linkClassName,
  useFocusReturn,
  useFormat,
  type Failure,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { DecideDialog } from '../components/DecideDialog';
import { NewsroomTabs } from '../components/NewsroomTabs';
import { useAddSignalsToTopic } from '../hooks/useAddSignalsToTopic';
import { useCreateTopic } from '../hooks/useCreateTopic';
import { useDecide } from '../hooks/useDecide';
import { useTopics } from '../hooks/useTopics';
import { useUpdateTopic } from '../hooks/useUpdateTopic';
import { NEWSROOM_ROUTES } from '../routes';
import '../newsroom.css';

type TopicFilter = 'OPEN' | 'CLOSED' | 'ALL';

/** `/nieuwsroom/onderwerpen`: signals about one matter together, with one decision for all of them. */
export function TopicsPage() {
  const t = useT();
  const { formatDateTime, formatNumber } = useFormat();
  const [filter, setFilter] = useState<TopicFilter>('OPEN');
  const { topics, error, refetch } = useTopics(filter === 'ALL' ? null : [filter]);
  const [createTopic, createState] = useCreateTopic();
  const [decide, decideState] = useDecide();
  const [updateTopic, updateState] = useUpdateTopic();
  const [addSignals, addState] = useAddSignalsToTopic();
  const [title, setTitle] = useState('');
  const [createFailure, setCreateFailure] = useState<Failure | null>(null);
  const [deciding, setDeciding] = useState<string | null>(null);
  // The dialog leaves the page on closing: the focus goes back to the button that opened it.
  const opener = useFocusReturn(deciding !== null);
  const stopDeciding = () => setDeciding(null);
  const [decideFailure, setDecideFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [addFailure, setAddFailure] = useState<Failure | null>(null);
  const { people } = usePeople({ team: true });
  const { departments } = useDepartments();
  const { channels } = useChannels();

  return (
    <>
      <PageHeader title={t('newsroom.topics.title')} intro={t('newsroom.topics.intro')} />
      <NewsroomTabs />
      <div aria-live="polite">
        {notice ? (
          <Alert type="ok" live={false}>
            {notice}
          </Alert>
        ) : null}
        {addFailure ? (
          <Alert type="error" live={false}>
            {addFailure.message}
          </Alert>
        ) : null}
      </div>
      <Card labelledBy="new-topic">
        <Heading level={2} id="new-topic">
          {t('newsroom.topics.new')}
        </Heading>
        <form
          className="planbord-field-row"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!title.trim()) {
              setCreateFailure({
                code: null,
                message: t('newsroom.topics.titleMissing'),
                fields: { title: t('newsroom.topics.titleMissing') },
              });
              return;
            }
            setCreateFailure(null);
            createTopic(title.trim(), []).then(
              () => {
                setNotice(t('newsroom.topics.created', { title: title.trim() }));
                setTitle('');
              },
              (failure: unknown) => setCreateFailure(describeFailure(failureFacts(failure), t)),
            );
          }}
        >
          <TextField
            label={t('newsroom.topics.titleLabel')}
            description={t('newsroom.topics.titleHelp')}
            value={title}
            error={createFailure?.fields.title ?? (createFailure ? createFailure.message : null)}
            onChange={(event) => setTitle(event.target.value)}
          />
          <Button type="submit" busy={createState.loading}>
            {t('newsroom.topics.create')}
          </Button>
        </form>
      </Card>
      <ToggleGroup<TopicFilter>
        label={t('newsroom.topics.filter')}
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'OPEN', label: t('newsroom.topics.open') },
          { value: 'CLOSED', label: t('newsroom.topics.closed') },
          { value: 'ALL', label: t('newsroom.topics.all') },
        ]}
      />
      {error && !topics ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : !topics ? (
        <Spinner label={t('app.loading')} />
      ) : topics.length === 0 ? (
        <EmptyState title={t('newsroom.topics.empty')}>{t('newsroom.topics.emptyText')}</EmptyState>
      ) : (
        <ul className="planbord-topic-list">
          {topics.map((topic) => (
            <li key={topic.id} className="planbord-action-item">
              <Heading level={2}>{topic.title}</Heading>
              <p className="utrecht-paragraph">
                <StatusBadge status={topic.status === 'OPEN' ? 'warning' : 'inactive'}>
                  {t(`newsroom.topics.status.${topic.status}`)}
                </StatusBadge>{' '}
                {topic.rising ? <StatusBadge status="danger">{t('newsroom.topics.rising')}</StatusBadge> : null}{' '}
                {t('newsroom.topics.count', { count: formatNumber(topic.signalCount) })}
                {topic.firstSeenAt && topic.lastSeenAt
                  ? ` · ${t('newsroom.topics.seen', {
                      first: formatDateTime(topic.firstSeenAt, { weekday: false }),
                      last: formatDateTime(topic.lastSeenAt, { weekday: false }),
                    })}`
                  : null}
              </p>
              {topic.themes.length ? (
                <p className="planbord-signal-badges">
                  {topic.themes.map((theme) => (
                    <StatusBadge key={theme.id}>{theme.name}</StatusBadge>
                  ))}
                </p>
              ) : null}
              {topic.status === 'OPEN' && topic.suggestedSignals.length ? (
                <details className="planbord-topic-suggestions">
                  <summary>
                    {t('newsroom.topics.suggested', { count: formatNumber(topic.suggestedSignals.length) })}
                  </summary>
                  <ul className="planbord-topic-list">
                    {topic.suggestedSignals.map((suggested) => (
                      <li key={suggested.id}>
                        <p className="utrecht-paragraph">
                          {suggested.body}{' '}
                          <span className="planbord-muted">
                            ({t(`newsroom.source.${suggested.source}`)},{' '}
                            {formatDateTime(suggested.receivedAt, { weekday: false })})
                          </span>
                        </p>
                        <Button
                          busy={addState.loading}
                          aria-label={t('newsroom.topics.acceptOne', { body: suggested.body, title: topic.title })}
                          onClick={() =>
                            void addSignals(topic.id, [suggested.id]).then(
                              () => {
                                setAddFailure(null);
                                setNotice(t('newsroom.topics.accepted', { title: topic.title }));
                              },
                              (failure: unknown) => {
                                setNotice(null);
                                setAddFailure(describeFailure(failureFacts(failure), t));
                              },
                            )
                          }
                        >
                          {t('newsroom.topics.accept')}
                        </Button>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
              <div className="planbord-signal-actions">
                <RouterLink className={linkClassName} to={`${NEWSROOM_ROUTES.inbox}?status=alle&onderwerp=${topic.id}`}>
                  {t('newsroom.topics.signals', { title: topic.title })}
                </RouterLink>
                <Button
                  onClick={(event) => {
                    opener.current = event.currentTarget;
                    setDecideFailure(null);
                    setDeciding(topic.id);
                  }}
                  aria-label={t('newsroom.topics.decideOn', { title: topic.title })}
                >
                  {t('newsroom.topics.decide')}
                </Button>
                <Button
                  busy={updateState.loading}
                  onClick={() =>
                    void updateTopic(topic.id, topic.version, {
                      status: topic.status === 'OPEN' ? 'CLOSED' : 'OPEN',
                    }).catch((failure: unknown) => setDecideFailure(describeFailure(failureFacts(failure), t)))
                  }
                >
                  {topic.status === 'OPEN' ? t('newsroom.topics.close') : t('newsroom.topics.reopen')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {deciding ? (
        <DecideDialog
          key={deciding}
          open
          target={{ topicId: deciding }}
          people={(people ?? []).map((person) => ({ value: person.id, label: person.name }))}
          departments={(departments ?? []).map((department) => ({ value: department.id, label: department.name }))}
          channels={(channels ?? []).map((channel) => ({ value: channel.id, label: channel.name }))}
          busy={decideState.loading}
          failure={decideFailure}
          onClose={stopDeciding}
          onDecide={(input) =>
            void decide(input).then(
              () => {
                stopDeciding();
                setNotice(t('newsroom.topics.decided'));
              },
              (failure: unknown) => setDecideFailure(describeFailure(failureFacts(failure), t)),
            )
          }
        />
      ) : null}
    </>
  );
}
