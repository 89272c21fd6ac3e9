import { useState } from 'react';
import { failureFacts, useIdempotencyKey, usePeople } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  describeFailure,
  EmptyState,
  QueryFailure,
  SelectField,
  Spinner,
  TextField,
  useFormat,
  useOrgTime,
  type Failure,
} from '@planbord/web-ui';
import { useT } from '../../i18n';
import { useCreateOnCallShift } from '../../hooks/useCreateOnCallShift';
import { useDeleteOnCallShift } from '../../hooks/useDeleteOnCallShift';
import { useOnCallRoster } from '../../hooks/useOnCallRoster';

/** Who does webcare outside office hours: an urgent or late signal then notifies the person on call. */
export function OnCallSettings({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const time = useOrgTime();
  const { formatDateTime } = useFormat();
  // The roster from now on, two months ahead.
  const [period] = useState(() => ({
    from: new Date().toISOString(),
    to: new Date(Date.now() + 61 * 86400_000).toISOString(),
  }));
  const { list, error, refetch } = useOnCallRoster(period.from, period.to);
  const { people } = usePeople({ team: true });
  const [create, createState] = useCreateOnCallShift();
  const [remove, removeState] = useDeleteOnCallShift();
  const [userId, setUserId] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [idempotencyKey, renewKey] = useIdempotencyKey();
  const missing = (value: string) => (failure && !value ? t('newsroom.decide.required') : null);

  return (
    <>
      {error && !list ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : !list ? (
        <Spinner label={t('app.loading')} />
      ) : list.length === 0 ? (
        <EmptyState title={t('newsroom.settings.onCall.empty')} />
      ) : (
        <ul className="planbord-action-list">
          {list.map((shift) => (
            <li key={shift.id} className="planbord-action-item">
              <strong>{shift.user.name}</strong>{' '}
              {t('newsroom.settings.onCall.range', {
                from: formatDateTime(shift.startsAt, { weekday: true }),
                to: formatDateTime(shift.endsAt, { weekday: true }),
              })}{' '}
              {canEdit ? (
                <Button
                  appearance="subtle"
                  busy={removeState.loading}
                  aria-label={t('newsroom.settings.onCall.removeFor', { name: shift.user.name })}
                  onClick={() =>
                    void remove(shift.id).catch((e: unknown) => setFailure(describeFailure(failureFacts(e), t)))
                  }
                >
                  {t('newsroom.details.remove')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <form
          className="planbord-signal-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const from = time.fromLocalInput(startsAt);
            const to = time.fromLocalInput(endsAt);
            if (!userId || !from || !to) {
              setFailure({ code: 'BAD_USER_INPUT', message: t('error.formHasErrors'), fields: {} });
              return;
            }
            setFailure(null);
            create(userId, from, to, idempotencyKey).then(
              () => {
                renewKey();
                setStartsAt('');
                setEndsAt('');
              },
              (e: unknown) => setFailure(describeFailure(failureFacts(e), t)),
            );
          }}
        >
          {failure ? <Alert type="error">{failure.message}</Alert> : null}
          <SelectField
            label={t('newsroom.settings.onCall.person')}
            value={userId}
            error={failure?.fields.userId ?? missing(userId)}
            onChange={(event) => setUserId(event.target.value)}
            options={[
              { value: '', label: t('newsroom.choose') },
              ...(people ?? []).map((person) => ({ value: person.id, label: person.name })),
            ]}
          />
          <div className="planbord-field-row">
            <TextField
              type="datetime-local"
              label={t('newsroom.settings.onCall.startsAt')}
              value={startsAt}
              error={failure?.fields.startsAt ?? missing(startsAt)}
              onChange={(event) => setStartsAt(event.target.value)}
            />
            <TextField
              type="datetime-local"
              label={t('newsroom.settings.onCall.endsAt')}
              value={endsAt}
              error={failure?.fields.endsAt ?? missing(endsAt)}
              onChange={(event) => setEndsAt(event.target.value)}
            />
          </div>
          <div>
            <Button appearance="primary" type="submit" busy={createState.loading}>
              {t('newsroom.settings.onCall.add')}
            </Button>
          </div>
        </form>
      ) : null}
    </>
  );
}
