import { useState, type FormEvent } from 'react';
import { addDays, can, mondayOf, type Role } from '@planbord/domain';
import { errorCode, failureFacts, type EventDetailFieldsFragment } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  CheckboxField,
  describeFailure,
  Heading,
  StatusBadge,
  TextField,
  useDrawerExtensions,
  useFormat,
  useOrgTime,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useCancelEvent } from '../hooks/useCancelEvent';
import { useUpdateEvent } from '../hooks/useUpdateEvent';
import { useWorkload } from '../hooks/useWorkload';
import { AssignmentsPanel } from './AssignmentsPanel';
import { CoverageBadge, EventStatusBadge } from './Badges';
import { DetailList } from './DetailList';
import { EventEditForm } from './EventEditForm';
import { PostsSection } from './PostsSection';
import { RequestHistory } from './RequestHistory';

export function useWhenText(
  event: Pick<EventDetailFieldsFragment, 'allDay' | 'startsAt' | 'endsAt' | 'startDate' | 'endDate'>,
): string {
  const t = useT();
  const { formatDate, formatDateTime, formatLocalDate, formatTime } = useFormat();
  const { dateOf } = useOrgTime();
  if (event.allDay && event.startDate) {
    const last = event.endDate ? addDays(event.endDate, -1) : event.startDate;
    return last > event.startDate
      ? t('drawer.whenDays', { from: formatLocalDate(event.startDate), to: formatLocalDate(last) })
      : t('drawer.whenAllDay', { date: formatLocalDate(event.startDate) });
  }
  return dateOf(event.startsAt) === dateOf(event.endsAt)
    ? t('drawer.whenTimed', {
        date: formatDate(event.startsAt),
        from: formatTime(event.startsAt),
        to: formatTime(event.endsAt),
      })
    : t('drawer.whenDays', { from: formatDateTime(event.startsAt), to: formatDateTime(event.endsAt) });
}

/** An event in the drawer: details or the edit form, coverage, assignments, cancelling, history. */
export function EventPanel({
  event,
  me,
  team,
  onConflict,
}: {
  event: EventDetailFieldsFragment;
  me: { id: string; role: Role };
  team: readonly { id: string; name: string }[];
  onConflict: () => void;
}) {
  const t = useT();
  const { formatLocalDate } = useFormat();
  const { dateOf, startOfDate } = useOrgTime();
  const canPlan = can(me.role, 'Mutation.assign');
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const [updateEvent, updating] = useUpdateEvent();
  const when = useWhenText(event);
  const week = mondayOf(dateOf(event.startsAt));
  const { workload } = useWorkload(
    startOfDate(week).toISOString(),
    startOfDate(addDays(week, 7)).toISOString(),
    !canPlan,
  );
  const open = event.status === 'PLANNED' || event.status === 'REQUESTED';
  const editable = canPlan && open;
  const { eventExtras } = useDrawerExtensions();
  // An event's posts are the team's: a liaison's drawer never asks for them.
  const posts = eventExtras && can(me.role, 'Event.posts') ? eventExtras(event.id) : null;

  const conflict = () => {
    setMessage({ type: 'error', text: t('drawer.conflict') });
    onConflict();
  };

  const toggleNotNeeded = async (value: boolean) => {
    setMessage(null);
    const result = await updateEvent(event.id, event.version, { coverageNotNeeded: value }).catch((error: unknown) => {
      const failure = describeFailure(failureFacts(error), t, t('drawer.conflict'));
      if (failure.code === 'VERSION_CONFLICT') conflict();
      else setMessage({ type: 'error', text: failure.message });
      return null;
    });
    if (result?.data) setMessage({ type: 'ok', text: t(value ? 'drawer.notNeededOn' : 'drawer.notNeededOff') });
  };

  return (
    <div className="planbord-drawer-content">
      <p className="planbord-badge-row">
        <EventStatusBadge status={event.status} />
        <CoverageBadge coverage={event.coverage} />
        {event.late ? <StatusBadge status="warning">{t('calendar.late')}</StatusBadge> : null}
      </p>
      {message ? <Alert type={message.type}>{message.text}</Alert> : null}
      {event.status === 'CANCELLED' && event.cancelReason ? (
        <Alert type="info" live={false}>
          {t('drawer.cancelledBecause', { reason: event.cancelReason })}
        </Alert>
      ) : null}

      <section aria-labelledby={`details-${event.id}`} className="planbord-drawer-section">
        <div className="planbord-section-head">
          <Heading level={3} id={`details-${event.id}`}>
            {t('drawer.details')}
          </Heading>
          {editable && !editing ? (
            <Button appearance="secondary" onClick={() => setEditing(true)}>
              {t('drawer.edit')}
            </Button>
          ) : null}
        </div>
        {editing ? (
          <EventEditForm
            key={event.version}
            event={event}
            onConflict={conflict}
            onDone={(saved) => {
              setEditing(false);
              if (saved) setMessage({ type: 'ok', text: t('drawer.saved') });
            }}
          />
        ) : (
          <DetailList
            items={[
              [t('drawer.when'), when],
              // The liaison's own words come first: they say what the request is about.
              [t('drawer.requestNote'), event.requestNote],
              [t('drawer.where'), event.location],
              [t('drawer.department'), event.department?.name],
              [t('drawer.themes'), event.themes.map((theme) => theme.name).join(', ')],
              [t('drawer.audiences'), event.audiences.map((audience) => audience.name).join(', ')],
              [t('drawer.wishedChannels'), event.wishedChannels.map((channel) => channel.name).join(', ')],
              [t('drawer.description'), event.description],
            ]}
          />
        )}
      </section>

      <section aria-labelledby={`coverage-${event.id}`} className="planbord-drawer-section">
        <Heading level={3} id={`coverage-${event.id}`}>
          {t('drawer.coverage')}
        </Heading>
        <p className="planbord-badge-row">
          <CoverageBadge coverage={event.coverage} />
          <span className="planbord-muted planbord-small">{t(`drawer.coverageHint.${event.coverage}`)}</span>
        </p>
        {editable ? (
          <CheckboxField
            label={t('drawer.coverageNotNeeded')}
            description={t('drawer.coverageNotNeededHint')}
            checked={event.coverageNotNeeded}
            disabled={updating.loading}
            onChange={(change) => void toggleNotNeeded(change.target.checked)}
          />
        ) : null}
      </section>

      <AssignmentsPanel
        assignments={event.assignments}
        target={{
          eventId: event.id,
          startsAt: event.startsAt,
          endsAt: event.endsAt,
          basisMinutes: event.allDay ? 240 : (Date.parse(event.endsAt) - Date.parse(event.startsAt)) / 60_000,
        }}
        me={me}
        team={team}
        workload={workload}
        periodLabel={t('drawer.weekOf', { date: formatLocalDate(week, { weekday: false }) })}
        headingId={`assignments-${event.id}`}
      />

      {posts ? <PostsSection headingId={`posts-${event.id}`}>{posts}</PostsSection> : null}

      {canPlan && event.status === 'PLANNED' ? <CancelEvent event={event} onConflict={conflict} /> : null}
      <RequestHistory event={event} role={me.role} />
    </div>
  );
}

function CancelEvent({ event, onConflict }: { event: EventDetailFieldsFragment; onConflict: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [cancelEvent, { loading, error }] = useCancelEvent();
  const failure = error ? describeFailure(failureFacts(error), t, t('drawer.conflict')) : null;
  const onCancel = async (submit: FormEvent) => {
    submit.preventDefault();
    const result = await cancelEvent(event.id, event.version, reason).catch((caught: unknown) => {
      if (errorCode(caught) === 'VERSION_CONFLICT') onConflict();
      return null;
    });
    if (result?.data) setOpen(false);
  };
  return (
    <section aria-labelledby={`cancel-${event.id}`} className="planbord-drawer-section">
      <Heading level={3} id={`cancel-${event.id}`}>
        {t('drawer.cancelEvent')}
      </Heading>
      {!open ? (
        <Button appearance="secondary" danger onClick={() => setOpen(true)}>
          {t('drawer.cancelEvent')}
        </Button>
      ) : (
        <form noValidate onSubmit={(submit) => void onCancel(submit)}>
          <TextField
            label={t('drawer.cancelReason')}
            value={reason}
            onChange={(change) => setReason(change.target.value)}
            error={failure?.fields['reason'] ?? null}
            required
            data-autofocus
          />
          {failure && !failure.fields['reason'] ? <Alert type="error">{failure.message}</Alert> : null}
          <div className="planbord-button-row">
            <Button type="submit" appearance="primary" danger busy={loading}>
              {t('drawer.cancelConfirm')}
            </Button>
            <Button appearance="subtle" onClick={() => setOpen(false)}>
              {t('drawer.cancelEdit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
