import { useState } from 'react';
import { can, type Role } from '@planbord/domain';
import {
  failureFacts,
  useMarkAssignmentDone,
  useRespondToAssignment,
  useUnassign,
  type AssignmentFieldsFragment,
  type AssignmentRole,
} from '@planbord/web-graphql';
import { Alert, Button, describeFailure, Heading, TextField, VisuallyHidden } from '@planbord/web-ui';
import { useT } from '../i18n';
import { formatMinutes } from '../lib/describe';
import { AssignPicker, ROLES, type AssignTarget } from './AssignPicker';
import { AssignmentStatusBadge } from './Badges';
import type { WorkloadRow } from './PersonSelect';

interface Me {
  id: string;
  role: Role;
}

/** Who does what for an event or slot, per role, with the answers of the people asked and the planner's tools. */
export function AssignmentsPanel({
  assignments,
  target,
  me,
  team,
  workload,
  periodLabel,
  headingId,
}: {
  assignments: readonly AssignmentFieldsFragment[];
  target: AssignTarget;
  me: Me;
  team: readonly { id: string; name: string }[];
  workload: readonly WorkloadRow[] | null;
  periodLabel: string;
  headingId: string;
}) {
  const t = useT();
  const [status, setStatus] = useState<string | null>(null);
  const canPlan = can(me.role, 'Mutation.assign');
  const firstEmpty =
    ROLES.find(
      (role) => !assignments.some((assignment) => assignment.role === role && assignment.status !== 'DECLINED'),
    ) ?? 'COVER';
  return (
    <section aria-labelledby={headingId} className="planbord-drawer-section">
      <Heading level={3} id={headingId}>
        {t('drawer.assignments')}
      </Heading>
      {status ? <Alert type="ok">{status}</Alert> : null}
      {ROLES.map((role) => (
        <RoleGroup
          key={role}
          role={role}
          assignments={assignments.filter((assignment) => assignment.role === role)}
          me={me}
          onStatus={setStatus}
        />
      ))}
      {canPlan ? (
        <details className="planbord-disclosure" open={assignments.length === 0}>
          <summary className="planbord-disclosure__summary">{t('drawer.assign.heading')}</summary>
          <AssignPicker
            target={target}
            team={team}
            workload={workload}
            defaultRole={firstEmpty}
            onAssigned={setStatus}
            periodLabel={periodLabel}
          />
        </details>
      ) : null}
    </section>
  );
}

function RoleGroup({
  role,
  assignments,
  me,
  onStatus,
}: {
  role: AssignmentRole;
  assignments: readonly AssignmentFieldsFragment[];
  me: Me;
  onStatus: (message: string) => void;
}) {
  const t = useT();
  return (
    <div className="planbord-role-group">
      <h4 className="planbord-role-group__title">
        {t(`job.${role}`)} <span className="planbord-muted planbord-small">{t(`drawer.roleHint.${role}`)}</span>
      </h4>
      {assignments.length === 0 ? (
        <p className="planbord-muted planbord-small">{t('drawer.nobodyInRole')}</p>
      ) : (
        <ul className="planbord-assignment-list">
          {assignments.map((assignment) => (
            <AssignmentRow key={assignment.id} assignment={assignment} me={me} onStatus={onStatus} />
          ))}
        </ul>
      )}
    </div>
  );
}

function AssignmentRow({
  assignment,
  me,
  onStatus,
}: {
  assignment: AssignmentFieldsFragment;
  me: Me;
  onStatus: (message: string) => void;
}) {
  const t = useT();
  const [respond, responding] = useRespondToAssignment();
  const [markDone, marking] = useMarkAssignmentDone();
  const [unassign, unassigning] = useUnassign();
  const [answering, setAnswering] = useState(false);
  const [note, setNote] = useState('');
  const mine = assignment.user.id === me.id;
  const canRespond = mine && can(me.role, 'Mutation.respondToAssignment');
  const canRemove = can(me.role, 'Mutation.unassign');
  const error = responding.error ?? marking.error ?? unassigning.error;
  const roleName = t(`job.${assignment.role}`).toLowerCase();

  const answer = async (accept: boolean) => {
    const result = await respond(assignment.id, assignment.version, accept, note.trim() || null).catch(() => null);
    if (result?.data) {
      setAnswering(false);
      setNote('');
      onStatus(t(accept ? 'drawer.accepted' : 'drawer.declined', { role: roleName }));
    }
  };
  const onMarkDone = async () => {
    const result = await markDone(assignment.id, assignment.version).catch(() => null);
    if (result?.data) onStatus(t('drawer.markedDone', { role: roleName }));
  };
  const onUnassign = async () => {
    const result = await unassign(assignment.id).catch(() => null);
    if (result?.data?.unassign) onStatus(t('drawer.unassigned', { name: assignment.user.name, role: roleName }));
  };

  return (
    <li className="planbord-assignment">
      <div className="planbord-assignment__head">
        <span className="planbord-assignment__name">{assignment.user.name}</span>
        <AssignmentStatusBadge status={assignment.status} />
        <span className="planbord-muted planbord-small">{formatMinutes(assignment.estimatedMinutes, t)}</span>
      </div>
      {assignment.note ? (
        <p className="planbord-assignment__note">{t('drawer.plannerNote', { note: assignment.note })}</p>
      ) : null}
      {assignment.responseNote ? (
        <p className="planbord-assignment__note">{t('drawer.responseNote', { note: assignment.responseNote })}</p>
      ) : null}
      {error ? (
        <Alert type="error">{describeFailure(failureFacts(error), t, t('drawer.conflict')).message}</Alert>
      ) : null}
      <div className="planbord-button-row planbord-assignment__actions">
        {canRespond && assignment.status === 'PENDING' && !answering ? (
          <Button appearance="secondary" onClick={() => setAnswering(true)}>
            {t('drawer.respond')}
          </Button>
        ) : null}
        {canRespond && assignment.status === 'ACCEPTED' ? (
          <Button appearance="secondary" busy={marking.loading} onClick={() => void onMarkDone()}>
            {t('drawer.markDone')}
          </Button>
        ) : null}
        {canRemove ? (
          <Button appearance="subtle" danger busy={unassigning.loading} onClick={() => void onUnassign()}>
            {t('drawer.unassign')}{' '}
            <VisuallyHidden>
              {t('drawer.unassignSuffix', { name: assignment.user.name, role: roleName })}
            </VisuallyHidden>
          </Button>
        ) : null}
      </div>
      {answering ? (
        <div className="planbord-assignment__answer">
          <TextField
            label={t('drawer.responseNoteLabel')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            data-autofocus
          />
          <div className="planbord-button-row">
            <Button appearance="primary" busy={responding.loading} onClick={() => void answer(true)}>
              {t('drawer.accept')}
            </Button>
            <Button appearance="secondary" danger busy={responding.loading} onClick={() => void answer(false)}>
              {t('drawer.decline')}
            </Button>
            <Button appearance="subtle" onClick={() => setAnswering(false)}>
              {t('drawer.cancelEdit')}
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
