import { useMemo, useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import {
  failureFacts,
  useCurrentUser,
  useMarkAssignmentDone,
  useRespondToAssignment,
  type MyWorkQuery,
} from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  Card,
  EmptyState,
  Heading,
  PageHeader,
  QueryFailure,
  Spinner,
  StatusBadge,
  TextField,
  VisuallyHidden,
  describeFailure,
  linkClassName,
  useFormat,
  useOrgTime,
  PostStatusBadge,
  type BadgeStatus,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useMyWork } from '../hooks/useMyWork';
import { assignmentTarget, groupByDay, postHref, thisWeekAndNext, type WorkItem } from '../lib/my-work';

type Assignment = MyWorkQuery['myWork']['assignments'][number];
type Review = MyWorkQuery['myWork']['reviews'][number];
type Line = WorkItem & ({ assignment: Assignment; review?: undefined } | { review: Review; assignment?: undefined });

const STATUS_TONE: Record<Assignment['status'], BadgeStatus> = {
  PENDING: 'warning',
  ACCEPTED: 'neutral',
  DECLINED: 'inactive',
  DONE: 'success',
};

/** /mijn-werk: my jobs this week and next, and for editors the posts waiting for my review, per day. */
export function MyWorkPage() {
  const t = useT();
  const { formatDate, formatLocalDate } = useFormat();
  const time = useOrgTime();
  const { me } = useCurrentUser();
  const range = useMemo(() => thisWeekAndNext(time), [time]);
  const { work, error, refetch } = useMyWork(range.from, range.to);
  const today = time.today();

  const lines = useMemo<Line[]>(() => {
    if (!work) return [];
    const jobs: Line[] = work.assignments.map((assignment) => ({
      key: `a:${assignment.id}`,
      role: assignment.role,
      assignment,
      ...assignmentTarget(assignment, t('publishing.slot')),
    }));
    const reviews: Line[] = work.reviews
      .filter((post) => post.author.id !== me?.id)
      .map((review) => ({
        key: `r:${review.id}`,
        role: 'REVIEW',
        review,
        title: review.title,
        dueAt: review.plannedAt,
        href: postHref(review.id),
      }));
    return [...jobs, ...reviews];
  }, [work, me?.id, t]);
  const days = groupByDay(lines, time);

  return (
    <>
      <PageHeader
        title={t('work.title')}
        intro={t('work.intro', {
          from: formatDate(range.from, { weekday: false }),
          to: formatDate(new Date(new Date(range.to).getTime() - 1), { weekday: false }),
        })}
      />
      {error && !work ? (
        <QueryFailure
          facts={failureFacts(error)}
          onRetry={() => void refetch()}
          conflictMessage={t('publishing.conflict')}
        />
      ) : !work ? (
        <Spinner label={t('app.loading')} />
      ) : days.length === 0 ? (
        <Card>
          <EmptyState title={t('work.empty')}>{t('work.emptyHint')}</EmptyState>
        </Card>
      ) : (
        days.map((day) => (
          <section
            key={day.day ?? 'none'}
            className="planbord-work-day"
            aria-labelledby={`work-day-${day.day ?? 'none'}`}
          >
            <Heading level={2} id={`work-day-${day.day ?? 'none'}`}>
              {day.day
                ? `${day.day === today ? `${t('work.today')} · ` : ''}${formatLocalDate(day.day)}`
                : t('work.noDate')}
            </Heading>
            <ul className="planbord-work-list">
              {day.items.map((line) => (
                <WorkLine key={line.key} line={line} />
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}

function WorkLine({ line }: { line: Line }) {
  const t = useT();
  const { formatTime } = useFormat();
  const context = t('work.context', { role: t(`job.${line.role}`), title: line.title });
  return (
    <li className="planbord-work-item">
      <div className="planbord-work-item__when">
        {line.dueAt ? (line.allDay ? t('work.allDay') : formatTime(line.dueAt)) : '—'}
      </div>
      <div className="planbord-work-item__what">
        <span className="planbord-badge-row">
          <StatusBadge status="neutral">{t(`job.${line.role}`)}</StatusBadge>
          {line.assignment ? (
            <StatusBadge status={STATUS_TONE[line.assignment.status]}>
              {t(`work.status.${line.assignment.status}`)}
            </StatusBadge>
          ) : null}
          {line.review ? <PostStatusBadge status={line.review.status} /> : null}
        </span>
        <RouterLink className={`${linkClassName} planbord-work-item__title`} to={line.href}>
          {line.title}
        </RouterLink>
        <span className="planbord-muted">
          {line.review
            ? t('work.reviewBy', { name: line.review.author.name, channel: line.review.channel.name })
            : null}
          {line.assignment?.post
            ? t('work.onPost')
            : line.assignment?.event
              ? t('work.onEvent')
              : line.assignment?.slot
                ? t('work.onSlot')
                : null}
          {line.assignment?.note ? ` · ${t('work.note', { note: line.assignment.note })}` : null}
          {line.assignment?.responseNote ? ` · ${t('work.myNote', { note: line.assignment.responseNote })}` : null}
        </span>
      </div>
      {line.assignment ? <AssignmentActions assignment={line.assignment} context={context} /> : null}
    </li>
  );
}

function AssignmentActions({ assignment, context }: { assignment: Assignment; context: string }) {
  const t = useT();
  const [declining, setDeclining] = useState(false);
  const [note, setNote] = useState('');
  const [respond, { loading: responding, error: respondError }] = useRespondToAssignment();
  const [markDone, { loading: finishing, error: doneError }] = useMarkAssignmentDone();
  const error = respondError ?? doneError;
  const suffix = <VisuallyHidden>{`: ${context}`}</VisuallyHidden>;

  const decline = async (event: FormEvent) => {
    event.preventDefault();
    const result = await respond(assignment.id, assignment.version, false, note.trim() || null).catch(() => null);
    if (result?.data) setDeclining(false);
  };

  return (
    <div className="planbord-work-item__actions">
      {error ? (
        <Alert type="error">{describeFailure(failureFacts(error), t, t('publishing.conflict')).message}</Alert>
      ) : null}
      {assignment.status === 'PENDING' && !declining ? (
        <ButtonGroup>
          <Button
            appearance="primary"
            busy={responding}
            onClick={() => void respond(assignment.id, assignment.version, true, null).catch(() => null)}
          >
            {t('work.accept')}
            {suffix}
          </Button>
          <Button onClick={() => setDeclining(true)}>
            {t('work.decline')}
            {suffix}
          </Button>
        </ButtonGroup>
      ) : null}
      {declining ? (
        <form className="planbord-work-decline" onSubmit={(event) => void decline(event)} noValidate>
          <TextField
            label={t('work.declineNote')}
            value={note}
            autoFocus
            onChange={(event) => setNote(event.target.value)}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={responding}>
              {t('work.declineConfirm')}
              {suffix}
            </Button>
            <Button appearance="subtle" onClick={() => setDeclining(false)}>
              {t('publishing.back')}
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
      {assignment.status === 'ACCEPTED' ? (
        <Button busy={finishing} onClick={() => void markDone(assignment.id, assignment.version).catch(() => null)}>
          {t('work.done')}
          {suffix}
        </Button>
      ) : null}
    </div>
  );
}
