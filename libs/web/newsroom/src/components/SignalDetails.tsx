import { useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import {
  Alert,
  Button,
  ButtonGroup,
  CheckboxField,
  Heading,
  Link,
  SelectField,
  StatusBadge,
  TextArea,
  TextField,
  linkClassName,
  useFormat,
  type Failure,
  type SelectOption,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import {
  PRIORITIES,
  SENTIMENTS,
  type ActionView,
  type Priority,
  type Sentiment,
  type SignalDetail,
} from '../model/newsroom';
import { authorLine, SignalBadges, SlaClockBadge, useDuration } from './SignalBadges';

export interface TriageDraft {
  themeIds?: string[];
  sentiment?: Sentiment | null;
  priority?: Priority;
  needsReply?: boolean;
  neighbourhood?: string | null;
}

export interface SignalDetailsProps {
  signal: SignalDetail;
  themes: readonly SelectOption[];
  now: number;
  triageBusy: boolean;
  triageFailure: Failure | null;
  onTriage: (input: TriageDraft) => void;
  /** The buttons for assign, decide, reply and dismiss (the page owns their dialogs). */
  actions: ReactNode;
  replyForm: ReactNode;
  history: ReactNode;
  /** Signals that read alike, to gather into a topic. */
  similar: ReactNode;
  onCompleteAction: (action: ActionView, result: string) => void;
  completingId: string | null;
  postHref: (postId: string) => string;
}

/** Everything about one signal: what was said, its interpretation, the answers given and the decisions taken. */
export function SignalDetails({
  signal,
  themes,
  now,
  triageBusy,
  triageFailure,
  onTriage,
  actions,
  replyForm,
  history,
  similar,
  onCompleteAction,
  completingId,
  postHref,
}: SignalDetailsProps) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const duration = useDuration();
  const themeIds = signal.themes.map((theme) => theme.id);
  const suggestions = signal.suggestedThemes.filter((suggestion) => !themeIds.includes(suggestion.theme.id));
  const [addTheme, setAddTheme] = useState('');

  return (
    <div className="planbord-signal-details">
      <section aria-labelledby={`said-${signal.id}`}>
        <h3 className="planbord-visually-hidden" id={`said-${signal.id}`}>
          {t('newsroom.details.said')}
        </h3>
        <blockquote className="planbord-signal-body">{signal.body}</blockquote>
        <dl className="planbord-detail-list">
          <dt>{t('newsroom.details.author')}</dt>
          <dd>{authorLine(signal, t('newsroom.author.unknown'))}</dd>
          <dt>{t('newsroom.details.source')}</dt>
          <dd>
            {t(`newsroom.source.${signal.source}`)}
            {signal.channel ? ` · ${signal.channel.name}` : ''}
          </dd>
          <dt>{t('newsroom.details.received')}</dt>
          <dd>
            <time dateTime={signal.receivedAt}>{formatDateTime(signal.receivedAt)}</time>
          </dd>
          {signal.firstReplyDueAt ? (
            <>
              <dt>{t('newsroom.details.replyDue')}</dt>
              <dd>
                <time dateTime={signal.firstReplyDueAt}>{formatDateTime(signal.firstReplyDueAt)}</time>{' '}
                {signal.needsReply ? <SlaClockBadge signal={signal} now={now} /> : null}
              </dd>
            </>
          ) : null}
          {signal.assignee ? (
            <>
              <dt>{t('newsroom.details.assignee')}</dt>
              <dd>{signal.assignee.name}</dd>
            </>
          ) : null}
          {signal.topic ? (
            <>
              <dt>{t('newsroom.details.topic')}</dt>
              <dd>{signal.topic.title}</dd>
            </>
          ) : null}
        </dl>
        <SignalBadges signal={signal} />
        {signal.url ? (
          <p className="utrecht-paragraph">
            <Link href={signal.url} target="_blank" rel="noreferrer">
              {t('newsroom.details.original')}
            </Link>
          </p>
        ) : null}
        <div className="planbord-signal-actions">{actions}</div>
      </section>

      <section aria-labelledby={`themes-${signal.id}`}>
        <Heading level={3} id={`themes-${signal.id}`}>
          {t('newsroom.details.themes')}
        </Heading>
        {signal.themes.length ? (
          <ul className="planbord-chip-list">
            {signal.themes.map((theme) => (
              <li key={theme.id}>
                <StatusBadge status="neutral">{theme.name}</StatusBadge>{' '}
                <Button
                  appearance="subtle"
                  busy={triageBusy}
                  aria-label={t('newsroom.details.removeTheme', { theme: theme.name })}
                  onClick={() => onTriage({ themeIds: themeIds.filter((id) => id !== theme.id) })}
                >
                  {t('newsroom.details.remove')}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph planbord-muted">{t('newsroom.details.noThemes')}</p>
        )}
        {suggestions.length ? (
          <>
            <p className="utrecht-paragraph">{t('newsroom.details.suggested')}</p>
            <ul className="planbord-chip-list">
              {suggestions.map((suggestion) => (
                <li key={suggestion.theme.id}>
                  <span>
                    {t('newsroom.details.suggestion', {
                      theme: suggestion.theme.name,
                      word: suggestion.matched,
                      keyword: suggestion.keyword,
                    })}
                  </span>{' '}
                  <Button
                    busy={triageBusy}
                    aria-label={t('newsroom.details.confirmTheme', { theme: suggestion.theme.name })}
                    onClick={() => onTriage({ themeIds: [...themeIds, suggestion.theme.id] })}
                  >
                    {t('newsroom.details.confirm')}
                  </Button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <div className="planbord-field-row">
          <SelectField
            label={t('newsroom.details.addTheme')}
            value={addTheme}
            onChange={(event) => setAddTheme(event.target.value)}
            options={[
              { value: '', label: t('newsroom.choose') },
              ...themes.filter((option) => !themeIds.includes(option.value)),
            ]}
          />
          <Button
            disabled={!addTheme}
            busy={triageBusy}
            onClick={() => {
              onTriage({ themeIds: [...themeIds, addTheme] });
              setAddTheme('');
            }}
          >
            {t('newsroom.details.add')}
          </Button>
        </div>
      </section>

      {similar}

      <TriageForm
        key={`${signal.id}:${signal.version}`}
        signal={signal}
        busy={triageBusy}
        failure={triageFailure}
        onTriage={onTriage}
      />

      <section aria-labelledby={`replies-${signal.id}`}>
        <Heading level={3} id={`replies-${signal.id}`}>
          {t('newsroom.details.replies')}
        </Heading>
        {signal.replies.length ? (
          <ol className="planbord-reply-list">
            {signal.replies.map((reply) => (
              <li key={reply.id}>
                <p className="planbord-reply-list__body">{reply.body}</p>
                <p className="planbord-muted">
                  {t('newsroom.details.replyBy', {
                    name: reply.author.name,
                    time: formatDateTime(reply.sentAt, { weekday: false }),
                    minutes: duration(reply.minutes),
                    office: duration(reply.officeMinutes),
                  })}
                  {reply.url ? (
                    <>
                      {' '}
                      <Link href={reply.url} target="_blank" rel="noreferrer">
                        {t('newsroom.details.replyLink')}
                      </Link>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="utrecht-paragraph planbord-muted">{t('newsroom.details.noReplies')}</p>
        )}
        {replyForm}
      </section>

      <section aria-labelledby={`actions-${signal.id}`}>
        <Heading level={3} id={`actions-${signal.id}`}>
          {t('newsroom.details.actions')}
        </Heading>
        {signal.actions.length ? (
          <ul className="planbord-action-list">
            {signal.actions.map((action) => (
              <ActionItem
                key={action.id}
                action={action}
                busy={completingId === action.id}
                onComplete={(result) => onCompleteAction(action, result)}
                postHref={postHref}
              />
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph planbord-muted">{t('newsroom.details.noActions')}</p>
        )}
      </section>

      <section aria-labelledby={`history-${signal.id}`}>
        <Heading level={3} id={`history-${signal.id}`}>
          {t('newsroom.details.history')}
        </Heading>
        {history}
      </section>
    </div>
  );
}

function TriageForm({
  signal,
  busy,
  failure,
  onTriage,
}: {
  signal: SignalDetail;
  busy: boolean;
  failure: Failure | null;
  onTriage: (input: TriageDraft) => void;
}) {
  const t = useT();
  const [sentiment, setSentiment] = useState<string>(signal.sentiment ?? '');
  const [priority, setPriority] = useState<Priority>(signal.priority);
  const [needsReply, setNeedsReply] = useState(signal.needsReply);
  const [neighbourhood, setNeighbourhood] = useState(signal.neighbourhood ?? '');
  return (
    <section aria-labelledby={`triage-${signal.id}`}>
      <Heading level={3} id={`triage-${signal.id}`}>
        {t('newsroom.details.triage')}
      </Heading>
      <form
        className="planbord-triage-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onTriage({
            sentiment: (sentiment || null) as Sentiment | null,
            priority,
            needsReply,
            neighbourhood: neighbourhood.trim() || null,
          });
        }}
      >
        {failure && Object.keys(failure.fields).length === 0 ? <Alert type="error">{failure.message}</Alert> : null}
        <div className="planbord-field-row">
          <SelectField
            label={t('newsroom.details.priority')}
            value={priority}
            error={failure?.fields.priority}
            onChange={(event) => setPriority(event.target.value as Priority)}
            options={PRIORITIES.map((value) => ({ value, label: t(`newsroom.priority.${value}`) }))}
          />
          <SelectField
            label={t('newsroom.details.sentiment')}
            value={sentiment}
            error={failure?.fields.sentiment}
            onChange={(event) => setSentiment(event.target.value)}
            options={[
              { value: '', label: t('newsroom.details.sentimentUnknown') },
              ...SENTIMENTS.map((value) => ({ value, label: t(`newsroom.sentiment.${value}`) })),
            ]}
          />
        </div>
        <TextField
          label={t('newsroom.details.neighbourhood')}
          value={neighbourhood}
          error={failure?.fields.neighbourhood}
          onChange={(event) => setNeighbourhood(event.target.value)}
        />
        <CheckboxField
          label={t('newsroom.details.needsReply')}
          checked={needsReply}
          onChange={(event) => setNeedsReply(event.target.checked)}
        />
        <ButtonGroup>
          <Button type="submit" busy={busy}>
            {t('newsroom.details.saveTriage')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function ActionItem({
  action,
  busy,
  onComplete,
  postHref,
}: {
  action: ActionView;
  busy: boolean;
  onComplete: (result: string) => void;
  postHref: (postId: string) => string;
}) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const [result, setResult] = useState('');
  return (
    <li className="planbord-action-item">
      <p className="utrecht-paragraph">
        <strong>{t(`newsroom.action.${action.kind}`)}</strong>{' '}
        <StatusBadge status={action.status === 'OPEN' ? 'warning' : action.status === 'DONE' ? 'success' : 'inactive'}>
          {t(`newsroom.actionStatus.${action.status}`)}
        </StatusBadge>
      </p>
      <dl className="planbord-detail-list">
        {action.department ? (
          <>
            <dt>{t('newsroom.decide.department')}</dt>
            <dd>{action.department.name}</dd>
          </>
        ) : null}
        {action.owner ? (
          <>
            <dt>{t('newsroom.decide.owner')}</dt>
            <dd>{action.owner.name}</dd>
          </>
        ) : null}
        {action.dueAt ? (
          <>
            <dt>{t('newsroom.decide.dueAt')}</dt>
            <dd>{formatDateTime(action.dueAt, { weekday: false })}</dd>
          </>
        ) : null}
        {action.reviewAt ? (
          <>
            <dt>{t('newsroom.decide.reviewAt')}</dt>
            <dd>{formatDateTime(action.reviewAt, { weekday: false })}</dd>
          </>
        ) : null}
        {action.note ? (
          <>
            <dt>{t('newsroom.decide.note')}</dt>
            <dd className="planbord-pre-line">{action.note}</dd>
          </>
        ) : null}
        {action.answer ? (
          <>
            <dt>{t('newsroom.details.answer')}</dt>
            <dd className="planbord-pre-line">
              {action.answer}
              {action.answeredBy && action.answeredAt ? (
                <span className="planbord-muted">
                  {' '}
                  {t('newsroom.details.answeredBy', {
                    name: action.answeredBy.name,
                    time: formatDateTime(action.answeredAt, { weekday: false }),
                  })}
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
        {action.result ? (
          <>
            <dt>{t('newsroom.details.result')}</dt>
            <dd className="planbord-pre-line">{action.result}</dd>
          </>
        ) : null}
        <dt>{t('newsroom.details.decidedBy')}</dt>
        <dd>
          {action.createdBy.name}, {formatDateTime(action.createdAt, { weekday: false })}
        </dd>
      </dl>
      {action.post ? (
        <p className="utrecht-paragraph">
          <RouterLink className={linkClassName} to={postHref(action.post.id)}>
            {t('newsroom.details.post', { title: action.post.title })}
          </RouterLink>
        </p>
      ) : null}
      {action.status === 'OPEN' && action.kind !== 'SOCIAL_POST' ? (
        <form
          className="planbord-field-row"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onComplete(result.trim());
          }}
        >
          <TextArea
            label={t('newsroom.details.resultLabel')}
            value={result}
            rows={2}
            onChange={(event) => setResult(event.target.value)}
          />
          <Button type="submit" busy={busy}>
            {t('newsroom.details.complete')}
          </Button>
        </form>
      ) : null}
    </li>
  );
}
