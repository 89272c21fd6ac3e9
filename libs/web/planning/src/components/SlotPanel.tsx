import { useState, type FormEvent } from 'react';
import { addDays, can, mondayOf, type Role } from '@planbord/domain';
import { failureFacts, type CalendarSlotFieldsFragment } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  describeFailure,
  Heading,
  TextField,
  useDrawerExtensions,
  useFormat,
  useOrgTime,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useMoveSlot } from '../hooks/useMoveSlot';
import { useReopenSlot } from '../hooks/useReopenSlot';
import { useSkipSlot } from '../hooks/useSkipSlot';
import { useWorkload } from '../hooks/useWorkload';
import { formatMinutes } from '../lib/describe';
import { AssignmentsPanel } from './AssignmentsPanel';
import { SlotStatusBadge } from './Badges';
import { DetailList } from './DetailList';
import { PostsSection } from './PostsSection';

/** A rubric or ad-hoc slot in the drawer: what it is, skipping or reopening it, moving it, and who works on it. */
export function SlotPanel({
  slot,
  me,
  team,
  onConflict,
}: {
  slot: CalendarSlotFieldsFragment;
  me: { id: string; role: Role };
  team: readonly { id: string; name: string }[];
  onConflict: () => void;
}) {
  const t = useT();
  const { formatDateTime, formatLocalDate } = useFormat();
  const { dateOf, instantAt, startOfDate, timeOf } = useOrgTime();
  const canPlan = can(me.role, 'Mutation.skipSlot');
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const [skipSlot, skipping] = useSkipSlot();
  const [reopenSlot, reopening] = useReopenSlot();
  const [moveSlot, moving] = useMoveSlot();
  const [mode, setMode] = useState<'none' | 'skip' | 'move'>('none');
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(dateOf(slot.startsAt));
  const [time, setTime] = useState(timeOf(slot.startsAt));
  const week = mondayOf(dateOf(slot.startsAt));
  const { workload } = useWorkload(
    startOfDate(week).toISOString(),
    startOfDate(addDays(week, 7)).toISOString(),
    !can(me.role, 'Query.workload'),
  );
  const duration = slot.rubric?.durationMinutes ?? 60;
  const { slotExtras } = useDrawerExtensions();
  // A slot's post is the team's: a liaison's drawer never asks for it.
  const posts = slotExtras && can(me.role, 'Slot.post') ? slotExtras(slot.id) : null;
  const fail = (error: unknown) => {
    const failure = describeFailure(failureFacts(error), t, t('drawer.conflict'));
    if (failure.code === 'VERSION_CONFLICT') onConflict();
    setMessage({ type: 'error', text: failure.fields['reason'] ?? failure.fields['startsAt'] ?? failure.message });
    return null;
  };

  const onReopen = async () => {
    const result = await reopenSlot(slot.id, slot.version).catch(fail);
    if (result?.data) setMessage({ type: 'ok', text: t('drawer.slot.reopened') });
  };
  const onSkip = async (event: FormEvent) => {
    event.preventDefault();
    const result = await skipSlot(slot.id, slot.version, reason).catch(fail);
    if (result?.data) {
      setMode('none');
      setReason('');
      setMessage({ type: 'ok', text: t('drawer.slot.skippedDone') });
    }
  };
  const onMove = async (event: FormEvent) => {
    event.preventDefault();
    if (!date || !time) return;
    const result = await moveSlot(slot.id, slot.version, instantAt(date, time).toISOString()).catch(fail);
    if (result?.data) {
      setMode('none');
      setMessage({ type: 'ok', text: t('drawer.slot.moved', { when: formatDateTime(result.data.moveSlot.startsAt) }) });
    }
  };

  return (
    <div className="planbord-drawer-content">
      <p className="planbord-badge-row">
        <span className="planbord-calendar-item__kind">
          {t(`calendar.kind.${slot.kind === 'RUBRIC' ? 'rubric' : 'adHoc'}`)}
        </span>
        <SlotStatusBadge status={slot.status} />
      </p>
      {message ? <Alert type={message.type}>{message.text}</Alert> : null}
      {slot.offPattern ? (
        <Alert type="warning" live={false}>
          {t('drawer.slot.offPattern')}
        </Alert>
      ) : null}
      {slot.status === 'SKIPPED' && slot.skipReason ? (
        <Alert type="info" live={false}>
          {t('drawer.slot.skippedBecause', { reason: slot.skipReason })}
        </Alert>
      ) : null}
      <section aria-labelledby={`slot-details-${slot.id}`} className="planbord-drawer-section">
        <Heading level={3} id={`slot-details-${slot.id}`}>
          {t('drawer.details')}
        </Heading>
        <DetailList
          items={[
            [t('drawer.when'), formatDateTime(slot.startsAt)],
            [t('drawer.slot.rubric'), slot.rubric?.name],
            [
              t('drawer.slot.channels'),
              (slot.channel ? [slot.channel] : (slot.rubric?.channels ?? [])).map((channel) => channel.name).join(', '),
            ],
            [t('drawer.themes'), slot.rubric?.theme?.name],
            [t('drawer.slot.owner'), slot.rubric?.owner?.name],
            [t('drawer.slot.duration'), slot.rubric ? formatMinutes(slot.rubric.durationMinutes, t) : null],
          ]}
        />
        {canPlan ? (
          <div className="planbord-button-row">
            {slot.status === 'SKIPPED' ? (
              <Button appearance="secondary" busy={reopening.loading} onClick={() => void onReopen()}>
                {t('drawer.slot.reopen')}
              </Button>
            ) : (
              <Button
                appearance="secondary"
                aria-expanded={mode === 'skip'}
                onClick={() => setMode(mode === 'skip' ? 'none' : 'skip')}
              >
                {t('drawer.slot.skip')}
              </Button>
            )}
            <Button
              appearance="secondary"
              aria-expanded={mode === 'move'}
              onClick={() => setMode(mode === 'move' ? 'none' : 'move')}
            >
              {t('drawer.slot.move')}
            </Button>
          </div>
        ) : null}
        {mode === 'skip' ? (
          <form onSubmit={(event) => void onSkip(event)} noValidate className="planbord-inline-form">
            <TextField
              label={t('drawer.slot.skipReason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              required
            />
            <Button type="submit" appearance="primary" busy={skipping.loading}>
              {t('drawer.slot.skipConfirm')}
            </Button>
          </form>
        ) : null}
        {mode === 'move' ? (
          <form onSubmit={(event) => void onMove(event)} noValidate className="planbord-inline-form">
            <div className="planbord-form-grid">
              <TextField
                type="date"
                label={t('drawer.slot.moveDate')}
                value={date}
                onChange={(event) => setDate(event.target.value)}
                required
              />
              <TextField
                type="time"
                label={t('drawer.slot.moveTime')}
                value={time}
                onChange={(event) => setTime(event.target.value)}
                required
              />
            </div>
            <Button type="submit" appearance="primary" busy={moving.loading}>
              {t('drawer.slot.moveConfirm')}
            </Button>
          </form>
        ) : null}
      </section>
      <AssignmentsPanel
        assignments={slot.assignments}
        target={{
          slotId: slot.id,
          startsAt: slot.startsAt,
          endsAt: new Date(Date.parse(slot.startsAt) + duration * 60_000).toISOString(),
          basisMinutes: slot.rubric?.durationMinutes ?? 30,
        }}
        me={me}
        team={team}
        workload={workload}
        periodLabel={t('drawer.weekOf', { date: formatLocalDate(week, { weekday: false }) })}
        headingId={`slot-assignments-${slot.id}`}
      />
      {posts ? <PostsSection headingId={`slot-posts-${slot.id}`}>{posts}</PostsSection> : null}
    </div>
  );
}
