import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { failureFacts, type EventRequestFieldsFragment } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  describeFailure,
  EmptyState,
  Heading,
  QueryFailure,
  Spinner,
  TextArea,
  ToggleGroup,
  linkClassName,
  useFormat,
  type AlertType,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useDecideEventRequest } from '../hooks/useDecideEventRequest';
import { useEventRequests } from '../hooks/useEventRequests';
import { requestAnchorId, useFocusedRequest } from '../hooks/useFocusedRequest';
import { FILTER_STATUSES, isOverdue, triageOrder, type TriageFilter } from '../model/request-status';
import { RequestBadges } from './RequestBadges';
import { RequestDetails, TextBlock } from './RequestDetails';

/** What the queue says after a decision; an accepted request links to its event in the calendar. */
interface Notice {
  type: AlertType;
  text: string;
  event?: { id: string; title: string };
}

/** The team's queue: overdue requests on top, each with its details and accept / decline with a note. */
export function TriageQueue() {
  const t = useT();
  const [filter, setFilter] = useState<TriageFilter>('open');
  const { requests, loading, error, refetch } = useEventRequests(false, FILTER_STATUSES[filter]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const now = new Date();
  const ordered = requests ? triageOrder(requests, now) : null;
  const overdue = ordered?.filter((request) => isOverdue(request, now)).length ?? 0;
  const focused = useFocusedRequest(ordered?.map((request) => request.id) ?? null);
  const heading =
    filter === 'open'
      ? t('requests.queue')
      : filter === 'decided'
        ? t('requests.queueDecided')
        : t('requests.queueAll');

  return (
    <>
      <div className="planbord-toolbar">
        <ToggleGroup<TriageFilter>
          label={t('requests.filter')}
          value={filter}
          onChange={(value) => {
            setNotice(null);
            setFilter(value);
          }}
          options={[
            { value: 'open', label: t('requests.filter.open') },
            { value: 'decided', label: t('requests.filter.decided') },
            { value: 'all', label: t('requests.filter.all') },
          ]}
        />
      </div>
      <div aria-live="polite">
        {notice ? (
          <Alert type={notice.type} live={false}>
            {notice.text}
            {notice.event ? (
              <>
                {' '}
                <RouterLink className={linkClassName} to={`/kalender?item=event:${notice.event.id}`}>
                  {t('requests.acceptedLink', { title: notice.event.title })}
                </RouterLink>
              </>
            ) : null}
          </Alert>
        ) : null}
      </div>
      <section aria-labelledby="triage-heading" className="planbord-request-section">
        <div className="planbord-request-section__header">
          <Heading level={2} id="triage-heading">
            {heading}
          </Heading>
          {ordered && ordered.length > 0 ? (
            <p className="planbord-muted">{t('requests.count', { count: ordered.length, overdue })}</p>
          ) : null}
        </div>
        {error && !requests ? <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} /> : null}
        {loading && !requests ? <Spinner label={t('app.loading')} /> : null}
        {ordered && ordered.length === 0 ? (
          <EmptyState title={filter === 'decided' ? t('requests.queueEmptyDecided') : t('requests.queueEmpty')} />
        ) : null}
        {ordered && ordered.length > 0 ? (
          <ul className="planbord-request-list">
            {ordered.map((request) => (
              <li key={request.id}>
                <TriageItem
                  request={request}
                  now={now}
                  focused={request.id === focused}
                  onDecided={setNotice}
                  onConflict={() => void refetch()}
                />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}

function TriageItem({
  request,
  now,
  focused,
  onDecided,
  onConflict,
}: {
  request: EventRequestFieldsFragment;
  focused: boolean;
  now: Date;
  onDecided: (notice: Notice) => void;
  onConflict: () => void;
}) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const [decideEventRequest] = useDecideEventRequest();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<'accept' | 'decline' | null>(null);
  const [problem, setProblem] = useState<{ message: string; field: string | null } | null>(null);
  const titleId = `triage-${request.id}`;
  const overdue = isOverdue(request, now);
  const open = request.status === 'REQUESTED';

  const decide = async (accept: boolean) => {
    if (busy) return;
    setBusy(accept ? 'accept' : 'decline');
    setProblem(null);
    try {
      await decideEventRequest(request.id, request.version, accept, note.trim() || null);
      onDecided({
        type: 'ok',
        text: t(accept ? 'requests.accepted' : 'requests.declined', { title: request.title }),
        event: accept ? { id: request.id, title: request.title } : undefined,
      });
    } catch (error) {
      const failure = describeFailure(failureFacts(error), t);
      if (failure.code === 'VERSION_CONFLICT' || failure.code === 'INVALID_TRANSITION') {
        setProblem({ message: t('requests.decideConflict'), field: null });
        onConflict();
      } else {
        setProblem({
          message: failure.fields['note'] ? t('error.formHasErrors') : failure.message,
          field: failure.fields['note'] ?? null,
        });
      }
    } finally {
      setBusy(null);
    }
  };

  return (
    <article
      id={requestAnchorId(request.id)}
      tabIndex={-1}
      className={`planbord-card planbord-request${overdue ? ' planbord-request--overdue' : ''}${focused ? ' planbord-request--focused' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="planbord-request__header">
        <Heading level={3} id={titleId} className="planbord-request__title">
          {request.title}
        </Heading>
        <RequestBadges request={request} now={now} />
      </div>
      <RequestDetails request={request} />
      {request.decisionNote ? (
        <TextBlock label={t('requests.detail.decision')} text={request.decisionNote} emphasis />
      ) : null}
      {!open && request.decidedAt ? (
        <p className="planbord-muted">
          {t('requests.detail.decidedBy', {
            name: request.decidedBy?.name ?? '—',
            date: formatDateTime(request.decidedAt),
          })}
        </p>
      ) : null}
      {problem ? <Alert type={problem.field ? 'error' : 'warning'}>{problem.message}</Alert> : null}
      {open ? (
        <div className="planbord-request__decision">
          <TextArea
            label={t('requests.decisionNote')}
            description={t('requests.decisionNoteHint')}
            rows={2}
            value={note}
            error={problem?.field}
            onChange={(e) => setNote(e.target.value)}
          />
          <ButtonGroup>
            {/* The visible words start the accessible name (WCAG 2.5.3); the title tells the many buttons apart. */}
            <Button
              appearance="primary"
              busy={busy === 'accept'}
              aria-label={`${t('requests.accept')}: ${request.title}`}
              onClick={() => void decide(true)}
            >
              {t('requests.accept')}
            </Button>
            <Button
              danger
              busy={busy === 'decline'}
              aria-label={`${t('requests.decline')}: ${request.title}`}
              onClick={() => void decide(false)}
            >
              {t('requests.decline')}
            </Button>
          </ButtonGroup>
        </div>
      ) : null}
    </article>
  );
}
