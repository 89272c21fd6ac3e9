import { useState, type FormEvent } from 'react';
import { failureFacts, useAssign, type AssignmentRole } from '@planbord/web-graphql';
import { Alert, Button, describeFailure, SelectField, TextField } from '@planbord/web-ui';
import { useT } from '../i18n';
import { usePersonCalendar } from '../hooks/usePersonCalendar';
import { overlaps, workloadState } from '../lib/planning-board';
import { PersonSelect, type WorkloadRow } from './PersonSelect';
import { WorkloadAfter } from './WorkloadAfter';

export const ROLES: readonly AssignmentRole[] = ['COVER', 'WRITE', 'PUBLISH'];

export interface AssignTarget {
  eventId?: string;
  slotId?: string;
  /** When the job is: a COVER job in this time clashes with another COVER job of the same person. */
  startsAt: string;
  endsAt: string;
  /** What a job's default estimate is based on: an event's minutes (240 when all-day), a slot's rubric duration. */
  basisMinutes: number;
}

/** Another COVER job of the person in the same time, if any (the one being planned does not count). */
export function useCoverClash(
  userId: string | null,
  target: Omit<AssignTarget, 'basisMinutes'>,
  role: AssignmentRole,
): string | null {
  const { calendar } = usePersonCalendar(role === 'COVER' ? userId : null, target.startsAt, target.endsAt);
  if (!calendar || !userId || role !== 'COVER') return null;
  const hasCover = (assignments: readonly { role: string; status: string; user: { id: string } }[]) =>
    assignments.some(
      (assignment) => assignment.role === 'COVER' && assignment.status !== 'DECLINED' && assignment.user.id === userId,
    );
  const clash = calendar.events.find(
    (event) =>
      event.id !== target.eventId &&
      event.status !== 'CANCELLED' &&
      hasCover(event.assignments) &&
      overlaps(event, target),
  );
  return clash?.title ?? null;
}

/** Assigns a team member to an event or slot in a role, warning first of a clash or a full week. */
export function AssignPicker({
  target,
  team,
  workload,
  defaultRole,
  onAssigned,
  periodLabel,
}: {
  target: AssignTarget;
  team: readonly { id: string; name: string }[];
  workload: readonly WorkloadRow[] | null;
  defaultRole: AssignmentRole;
  onAssigned: (message: string) => void;
  periodLabel: string;
}) {
  const t = useT();
  const [role, setRole] = useState<AssignmentRole>(defaultRole);
  const [userId, setUserId] = useState('');
  const [note, setNote] = useState('');
  const [minutes, setMinutes] = useState('');
  const [missingPerson, setMissingPerson] = useState(false);
  const [assign, { loading, error, reset }] = useAssign();
  const clash = useCoverClash(userId || null, target, role);
  const person = team.find((candidate) => candidate.id === userId);
  const load = workload?.find((row) => row.user.id === userId);
  const over = load ? workloadState(load).over : false;
  const failure = error ? describeFailure(failureFacts(error), t, t('drawer.conflict')) : null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!person) {
      setMissingPerson(true);
      return;
    }
    const estimated = minutes.trim() === '' ? undefined : Number(minutes);
    const result = await assign({
      eventId: target.eventId,
      slotId: target.slotId,
      userId: person.id,
      role,
      note: note.trim() || null,
      estimatedMinutes: estimated,
    }).catch(() => null);
    if (result?.data) {
      onAssigned(t('drawer.assign.done', { name: person.name, role: t(`job.${role}`).toLowerCase() }));
      setUserId('');
      setNote('');
      setMinutes('');
      reset();
    }
  };

  return (
    <form className="planbord-assign-picker" onSubmit={(event) => void onSubmit(event)} noValidate>
      {/* Closed while saving: what one chose meanwhile would be cleared with the form. */}
      <fieldset className="planbord-assign-picker__fields" disabled={loading}>
        <div className="planbord-assign-picker__row">
          <SelectField
            label={t('drawer.assign.role')}
            value={role}
            onChange={(event) => setRole(event.target.value as AssignmentRole)}
            options={ROLES.map((value) => ({ value, label: t(`job.${value}`) }))}
            error={failure?.fields['role']}
          />
          <PersonSelect
            label={t('drawer.assign.person')}
            team={team}
            workload={workload}
            value={userId}
            onChange={(value) => {
              setUserId(value);
              setMissingPerson(false);
            }}
            error={missingPerson ? t('drawer.assign.missingPerson') : failure?.fields['userId']}
          />
        </div>
        <p className="planbord-muted planbord-small">{t('drawer.assign.loadHint', { period: periodLabel })}</p>
        {clash && person ? (
          <Alert type="warning">{t('drawer.assign.clash', { name: person.name, title: clash })}</Alert>
        ) : null}
        {over && person ? <Alert type="warning">{t('drawer.assign.over', { name: person.name })}</Alert> : null}
        {person ? (
          <WorkloadAfter
            name={person.name}
            load={load}
            role={role}
            typedMinutes={minutes}
            basisMinutes={target.basisMinutes}
            periodLabel={periodLabel}
          />
        ) : null}
        <div className="planbord-assign-picker__row">
          <TextField
            label={t('drawer.assign.note')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={failure?.fields['note']}
          />
          <TextField
            label={t('drawer.assign.minutes')}
            description={t('drawer.assign.minutesHint')}
            inputMode="numeric"
            value={minutes}
            onChange={(event) => setMinutes(event.target.value.replace(/[^0-9]/g, ''))}
            error={failure?.fields['estimatedMinutes']}
          />
        </div>
      </fieldset>
      {failure && !Object.keys(failure.fields).length ? <Alert type="error">{failure.message}</Alert> : null}
      <Button type="submit" appearance="primary" busy={loading}>
        {t('drawer.assign.submit')}
      </Button>
    </form>
  );
}
