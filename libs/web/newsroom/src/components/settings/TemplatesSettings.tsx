import { useState } from 'react';
import { failureFacts, useIdempotencyKey } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  describeFailure,
  EmptyState,
  QueryFailure,
  Spinner,
  StatusBadge,
  TextArea,
  TextField,
  type Failure,
} from '@planbord/web-ui';
import { useT } from '../../i18n';
import { useCreateReplyTemplate } from '../../hooks/useCreateReplyTemplate';
import { useReplyTemplates } from '../../hooks/useReplyTemplates';
import { useUpdateReplyTemplate } from '../../hooks/useUpdateReplyTemplate';

/** Standard answers with `{naam}` and `{onderwerp}`; also the holding statements of a crisis. */
export function TemplatesSettings({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const { templates, error, refetch } = useReplyTemplates();
  const [update, updateState] = useUpdateReplyTemplate();
  const [failure, setFailure] = useState<Failure | null>(null);
  return (
    <>
      {failure ? <Alert type="error">{failure.message}</Alert> : null}
      {error && !templates ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : !templates ? (
        <Spinner label={t('app.loading')} />
      ) : templates.length === 0 ? (
        <EmptyState title={t('newsroom.settings.templates.empty')} />
      ) : (
        <ul className="planbord-action-list">
          {templates.map((template) => (
            <li key={template.id} className="planbord-action-item">
              <p className="utrecht-paragraph">
                <strong>{template.name}</strong>{' '}
                <StatusBadge status={template.active ? 'success' : 'inactive'}>
                  {template.active ? t('newsroom.settings.active') : t('newsroom.settings.inactive')}
                </StatusBadge>
              </p>
              <p className="planbord-pre-line">{template.body}</p>
              {canEdit ? (
                <Button
                  busy={updateState.loading}
                  onClick={() =>
                    void update(template.id, template.version, { active: !template.active }).catch((e: unknown) =>
                      setFailure(describeFailure(failureFacts(e), t)),
                    )
                  }
                >
                  {template.active ? t('newsroom.settings.deactivate') : t('newsroom.settings.activate')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? <NewTemplateForm /> : null}
    </>
  );
}

function NewTemplateForm() {
  const t = useT();
  const [create, { loading }] = useCreateReplyTemplate();
  const [name, setName] = useState('');
  const [body, setBody] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [missing, setMissing] = useState(false);
  const [idempotencyKey, renewKey] = useIdempotencyKey();
  return (
    <form
      className="planbord-signal-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim() || !body.trim()) {
          setMissing(true);
          return;
        }
        setFailure(null);
        create({ name: name.trim(), body: body.trim() }, idempotencyKey).then(
          () => {
            renewKey();
            setName('');
            setBody('');
            setMissing(false);
          },
          (e: unknown) => setFailure(describeFailure(failureFacts(e), t)),
        );
      }}
    >
      {failure && !failure.fields.name && !failure.fields.body ? <Alert type="error">{failure.message}</Alert> : null}
      <TextField
        label={t('newsroom.settings.templates.name')}
        value={name}
        error={missing && !name.trim() ? t('newsroom.decide.required') : failure?.fields.name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextArea
        label={t('newsroom.settings.templates.body')}
        description={t('newsroom.settings.templates.bodyHelp')}
        value={body}
        rows={4}
        error={missing && !body.trim() ? t('newsroom.decide.required') : failure?.fields.body}
        onChange={(event) => setBody(event.target.value)}
      />
      <ButtonGroup>
        <Button appearance="primary" type="submit" busy={loading}>
          {t('newsroom.settings.templates.add')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
