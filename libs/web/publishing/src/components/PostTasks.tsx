import { useId, useRef, useState, type FormEvent } from 'react';
import { can, type Role } from '@planbord/domain';
import {
  failureFacts,
  useAssign,
  usePeople,
  useUnassign,
  type AssignmentFieldsFragment,
  type AssignmentRole,
  type AssignmentStatus,
} from '@planbord/web-graphql';
import {
  Alert,
  Button,
  SelectField,
  StatusBadge,
  TextField,
  VisuallyHidden,
  describeFailure,
  focusFirstInvalid,
  type BadgeStatus,
} from '@planbord/web-ui';
import { useT } from '../i18n';

/** The jobs a post has: writing its text and publishing it. */
type PostRole = Extract<AssignmentRole, 'WRITE' | 'PUBLISH'>;
type PostJob = AssignmentFieldsFragment & { role: PostRole };
const ROLES: readonly PostRole[] = ['WRITE', 'PUBLISH'];
const isPostJob = (assignment: AssignmentFieldsFragment): assignment is PostJob =>
  (ROLES as readonly AssignmentRole[]).includes(assignment.role);
const STATUS_TONE: Record<AssignmentStatus, BadgeStatus> = {
  PENDING: 'warning',
  ACCEPTED: 'success',
  DECLINED: 'danger',
  DONE: 'neutral',
};
/** The fields of the form; a refusal about any other field is shown above the button. */
const FORM_FIELDS = ['role', 'userId', 'note'];

/** Who writes and who publishes a post: the jobs with their answers, and a small form to hand one out. */
export function PostTasks({
  postId,
  assignments,
  meRole,
}: {
  postId: string;
  assignments: readonly AssignmentFieldsFragment[];
  meRole: Role | null | undefined;
}) {
  const t = useT();
  const people = usePeople({ team: true }).people ?? [];
  const [role, setRole] = useState<PostRole>('WRITE');
  const [userId, setUserId] = useState('');
  const [note, setNote] = useState('');
  const [missingPerson, setMissingPerson] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [assign, assigning] = useAssign();
  const [unassign, unassigning] = useUnassign();
  const roleFieldId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const jobs = assignments.filter(isPostJob);
  const failure = assigning.error ? describeFailure(failureFacts(assigning.error), t, t('publishing.conflict')) : null;
  const otherIssues = failure
    ? Object.entries(failure.fields)
        .filter(([field]) => !FORM_FIELDS.includes(field))
        .map(([, message]) => message)
    : [];
  const roleName = (value: PostRole) => t(`job.${value}`).toLowerCase();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const person = people.find((candidate) => candidate.id === userId);
    if (!person) {
      setMissingPerson(true);
      focusFirstInvalid(formRef.current);
      return;
    }
    setStatus(null);
    const result = await assign({ postId, userId: person.id, role, note: note.trim() || null }).catch(() => null);
    if (!result?.data) {
      focusFirstInvalid(formRef.current);
      return;
    }
    setStatus(t('publishing.tasks.assigned', { name: person.name, role: roleName(role) }));
    setUserId('');
    setNote('');
    assigning.reset();
  };

  const onRemove = async (job: PostJob) => {
    setStatus(null);
    setRemoving(job.id);
    const result = await unassign(job.id).catch(() => null);
    setRemoving(null);
    if (result?.data?.unassign) {
      assigning.reset();
      setStatus(t('publishing.tasks.removed', { name: job.user.name, role: roleName(job.role) }));
      // The button that had focus is gone with its row: the form right below takes it, so keyboard users stay here.
      document.getElementById(roleFieldId)?.focus();
    }
  };

  return (
    <div className="planbord-tasks">
      <div aria-live="polite">
        {status ? (
          <Alert type="ok" live={false}>
            {status}
          </Alert>
        ) : null}
      </div>
      {unassigning.error ? (
        <Alert type="error">
          {describeFailure(failureFacts(unassigning.error), t, t('publishing.conflict')).message}
        </Alert>
      ) : null}
      {jobs.length === 0 ? (
        <p className="planbord-muted">{t('publishing.tasks.none')}</p>
      ) : (
        <ul className="planbord-tasks__list">
          {jobs.map((job) => (
            <li key={job.id} className="planbord-tasks__item">
              <div className="planbord-tasks__head">
                <span className="planbord-tasks__name">{job.user.name}</span>
                <StatusBadge status="neutral">{t(`job.${job.role}`)}</StatusBadge>
                <StatusBadge status={STATUS_TONE[job.status]}>{t(`publishing.tasks.status.${job.status}`)}</StatusBadge>
              </div>
              {job.note ? (
                <p className="planbord-tasks__note">{t('publishing.tasks.noteShown', { note: job.note })}</p>
              ) : null}
              {job.responseNote ? (
                <p className="planbord-tasks__note">
                  {t('publishing.tasks.responseShown', { note: job.responseNote })}
                </p>
              ) : null}
              {can(meRole, 'Mutation.unassign') ? (
                <Button appearance="subtle" danger busy={removing === job.id} onClick={() => void onRemove(job)}>
                  {t('publishing.tasks.remove')}{' '}
                  <VisuallyHidden>
                    {t('publishing.tasks.removeSuffix', { name: job.user.name, role: roleName(job.role) })}
                  </VisuallyHidden>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <form ref={formRef} className="planbord-tasks__form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="planbord-mention-row">
          <SelectField
            id={roleFieldId}
            label={t('publishing.tasks.roleLabel')}
            value={role}
            error={failure?.fields['role']}
            onChange={(event) => {
              setRole(event.target.value as PostRole);
              assigning.reset();
            }}
            options={ROLES.map((value) => ({ value, label: t(`job.${value}`) }))}
          />
          <SelectField
            label={t('publishing.tasks.person')}
            value={userId}
            error={missingPerson ? t('publishing.tasks.missingPerson') : failure?.fields['userId']}
            onChange={(event) => {
              setUserId(event.target.value);
              setMissingPerson(false);
              assigning.reset();
            }}
            options={[
              { value: '', label: t('publishing.tasks.choose') },
              ...people.map((person) => ({ value: person.id, label: person.name })),
            ]}
          />
        </div>
        <TextField
          label={t('publishing.tasks.note')}
          value={note}
          error={failure?.fields['note']}
          onChange={(event) => setNote(event.target.value)}
        />
        {failure && (otherIssues.length || !Object.keys(failure.fields).length) ? (
          <Alert type="error">{otherIssues.length ? otherIssues.join(' ') : failure.message}</Alert>
        ) : null}
        <Button type="submit" appearance="primary" busy={assigning.loading}>
          {t('publishing.tasks.submit')}
        </Button>
      </form>
    </div>
  );
}
