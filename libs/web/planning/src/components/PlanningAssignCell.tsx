import { useRef, useState, type FormEvent } from 'react';
import { failureFacts, useAssign, type AssignmentRole, type CalendarEventFieldsFragment } from '@planbord/web-graphql';
import { Alert, Button, describeFailure, Initials, VisuallyHidden } from '@planbord/web-ui';
import { useT } from '../i18n';
import { AssignmentStatusBadge } from './Badges';
import { useCoverClash } from './AssignPicker';
import { PersonSelect, type WorkloadRow } from './PersonSelect';
import { WorkloadAfter } from './WorkloadAfter';

/** One role of one event on the planning board: who has it, or one click to a compact picker. */
export function PlanningAssignCell({
  event,
  role,
  team,
  workload,
  canPlan,
  onAssigned,
  periodLabel,
}: {
  event: CalendarEventFieldsFragment;
  role: AssignmentRole;
  team: readonly { id: string; name: string }[];
  workload: readonly WorkloadRow[] | null;
  canPlan: boolean;
  onAssigned: (message: string) => void;
  /** The period the workload covers, as the preview names it ("december 2026"). */
  periodLabel: string;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [userId, setUserId] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const [assign, { loading, error, reset }] = useAssign();
  const clash = useCoverClash(
    open ? userId || null : null,
    { eventId: event.id, startsAt: event.startsAt, endsAt: event.endsAt },
    role,
  );
  const assignments = event.assignments.filter((assignment) => assignment.role === role);
  const roleName = t(`job.${role}`).toLowerCase();
  const close = () => {
    setOpen(false);
    setUserId('');
    reset();
    requestAnimationFrame(() => opener.current?.focus());
  };
  const onSubmit = async (submit: FormEvent) => {
    submit.preventDefault();
    const person = team.find((candidate) => candidate.id === userId);
    if (!person) return;
    const result = await assign({ eventId: event.id, userId: person.id, role }).catch(() => null);
    if (result?.data) {
      onAssigned(t('drawer.assign.doneFor', { name: person.name, role: roleName, title: event.title }));
      close();
    }
  };
  const person = team.find((candidate) => candidate.id === userId);
  return (
    <div className="planbord-assign-cell">
      {assignments.length ? (
        <ul className="planbord-assign-cell__list">
          {assignments.map((assignment) => (
            <li key={assignment.id} className="planbord-assign-cell__person">
              <Initials name={assignment.user.name} muted={assignment.status === 'DECLINED'} />
              <span>{assignment.user.name}</span>
              <AssignmentStatusBadge status={assignment.status} />
            </li>
          ))}
        </ul>
      ) : null}
      {canPlan && !open && event.status === 'PLANNED' && !event.coverageNotNeeded ? (
        <button
          ref={opener}
          type="button"
          className="planbord-link-button planbord-assign-cell__add"
          onClick={() => setOpen(true)}
        >
          {assignments.length ? t('planning.assignAnother') : t('planning.assignCell')}{' '}
          <VisuallyHidden>{t('planning.assignCellSuffix', { role: roleName, title: event.title })}</VisuallyHidden>
        </button>
      ) : null}
      {open ? (
        <form className="planbord-assign-cell__picker" onSubmit={(submit) => void onSubmit(submit)} noValidate>
          <PersonSelect
            label={t('planning.pickerPerson', { role: roleName })}
            team={team}
            workload={workload}
            value={userId}
            onChange={setUserId}
          />
          {clash && person ? (
            <Alert type="warning">{t('drawer.assign.clash', { name: person.name, title: clash })}</Alert>
          ) : null}
          {person ? (
            <WorkloadAfter
              name={person.name}
              load={workload?.find((row) => row.user.id === person.id)}
              role={role}
              typedMinutes=""
              basisMinutes={event.allDay ? 240 : (Date.parse(event.endsAt) - Date.parse(event.startsAt)) / 60_000}
              periodLabel={periodLabel}
            />
          ) : null}
          {error ? (
            <Alert type="error">{describeFailure(failureFacts(error), t, t('drawer.conflict')).message}</Alert>
          ) : null}
          <div className="planbord-button-row">
            <Button type="submit" appearance="primary" busy={loading} disabled={!userId}>
              {t('drawer.assign.submit')}
            </Button>
            <Button appearance="subtle" onClick={close}>
              {t('drawer.cancelEdit')}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
