import { useId, useState } from 'react';
import { CAMPAIGN_LIMITS, can, isEditor } from '@planbord/domain';
import { failureFacts, useCurrentUser, useIdempotencyKey, type EvaluationFieldsFragment } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  Card,
  Heading,
  QueryFailure,
  Spinner,
  TextArea,
  describeFailure,
  useFormat,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useDeleteEvaluation } from '../hooks/useDeleteEvaluation';
import { useEvaluationPostStatus } from '../hooks/useEvaluationPostStatus';
import { useEvaluations } from '../hooks/useEvaluations';
import { useSaveEvaluation } from '../hooks/useSaveEvaluation';

type Target = { postId: string; rubricId?: undefined } | { rubricId: string; postId?: undefined };

/**
 * What the team learned from a published post or a rubric: its evaluations (what worked, what we would do
 * differently) and a form to add one; each person changes their own, editors may delete any. Placed beside the post's
 * figures in the post editor and on the rubric.
 */
export function EvaluationPanel(target: Target) {
  const t = useT();
  const headingId = useId();
  const { me } = useCurrentUser();
  const status = useEvaluationPostStatus(target.postId);
  const { evaluations, loading, error, refetch } = useEvaluations({
    postId: target.postId,
    rubricId: target.rubricId,
    take: 200,
  });
  if (!can(me?.role, 'Query.evaluations')) return null;
  const open = target.rubricId != null || status === 'PUBLISHED';
  if (target.postId && status !== null && !open) return null;
  return (
    <Card labelledBy={headingId}>
      <Heading level={2} id={headingId}>
        {t('insights.evaluations.panelHeading')}
      </Heading>
      <p className="planbord-muted">{t('insights.evaluations.panelIntro')}</p>
      {error && !evaluations ? <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} /> : null}
      {loading && !evaluations ? <Spinner label={t('app.loading')} /> : null}
      {evaluations && evaluations.length === 0 ? (
        <p className="utrecht-paragraph">{t('insights.evaluations.none')}</p>
      ) : null}
      {evaluations?.length ? (
        <ul className="planbord-evaluations">
          {evaluations.map((evaluation) => (
            <EvaluationItem key={`${evaluation.id}:${evaluation.version}`} evaluation={evaluation} target={target} />
          ))}
        </ul>
      ) : null}
      {open && can(me?.role, 'Mutation.saveEvaluation') ? <EvaluationForm target={target} /> : null}
    </Card>
  );
}

function EvaluationItem({ evaluation, target }: { evaluation: EvaluationFieldsFragment; target: Target }) {
  const t = useT();
  const { me } = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [deleteEvaluation, { loading: deleting }] = useDeleteEvaluation();
  const own = evaluation.author.id === me?.id;
  if (editing)
    return (
      <li className="planbord-evaluations__item">
        <EvaluationForm target={target} existing={evaluation} onDone={() => setEditing(false)} />
      </li>
    );
  return (
    <li className="planbord-evaluations__item">
      <EvaluationText evaluation={evaluation} />
      {failure ? (
        <Alert type="error" live={false}>
          {failure}
        </Alert>
      ) : null}
      <ButtonGroup>
        {own ? (
          <Button appearance="subtle" onClick={() => setEditing(true)}>
            {t('insights.evaluations.edit')}
          </Button>
        ) : null}
        {own || isEditor(me?.role) ? (
          <Button
            appearance="subtle"
            danger
            busy={deleting}
            onClick={() =>
              void deleteEvaluation(evaluation.id, evaluation.version).catch((caught: unknown) =>
                setFailure(describeFailure(failureFacts(caught), t).message),
              )
            }
          >
            {t('insights.evaluations.delete')}
          </Button>
        ) : null}
      </ButtonGroup>
    </li>
  );
}

/** One evaluation as text: what worked, what we would do differently, by whom and when. */
export function EvaluationText({ evaluation }: { evaluation: EvaluationFieldsFragment }) {
  const t = useT();
  const { formatDate } = useFormat();
  return (
    <>
      <dl className="planbord-evaluation">
        {evaluation.worked ? (
          <div>
            <dt>{t('insights.evaluations.worked')}</dt>
            <dd>{evaluation.worked}</dd>
          </div>
        ) : null}
        {evaluation.different ? (
          <div>
            <dt>{t('insights.evaluations.different')}</dt>
            <dd>{evaluation.different}</dd>
          </div>
        ) : null}
      </dl>
      <p className="planbord-muted">
        {t('insights.evaluations.byline', {
          name: evaluation.author.name,
          date: formatDate(evaluation.writtenAt, { weekday: false }),
        })}
      </p>
    </>
  );
}

function EvaluationForm({
  target,
  existing,
  onDone,
}: {
  target: Target;
  existing?: EvaluationFieldsFragment;
  onDone?: () => void;
}) {
  const t = useT();
  const [worked, setWorked] = useState(existing?.worked ?? '');
  const [different, setDifferent] = useState(existing?.different ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [idempotencyKey, renewKey] = useIdempotencyKey();
  const [save, { loading }] = useSaveEvaluation();
  const max = CAMPAIGN_LIMITS.evaluationText;

  const submit = async () => {
    setSaved(false);
    setFailure(null);
    const found: Record<string, string> = {};
    if (!worked.trim() && !different.trim()) found['worked'] = t('insights.evaluations.textRequired');
    if (worked.length > max) found['worked'] = t('insights.evaluations.tooLong', { max: String(max) });
    if (different.length > max) found['different'] = t('insights.evaluations.tooLong', { max: String(max) });
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await save(
        { ...(existing ? {} : target), worked: worked.trim() || null, different: different.trim() || null },
        existing ? { id: existing.id, version: existing.version } : null,
        idempotencyKey,
      );
      if (existing) onDone?.();
      else {
        renewKey();
        setWorked('');
        setDifferent('');
        setSaved(true);
      }
    } catch (caught) {
      const described = describeFailure(failureFacts(caught), t);
      setErrors(described.fields);
      setFailure(described.message);
    }
  };

  return (
    <form
      className="planbord-evaluation-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {existing ? null : <Heading level={3}>{t('insights.evaluations.newHeading')}</Heading>}
      <TextArea
        label={t('insights.evaluations.worked')}
        rows={3}
        value={worked}
        error={errors['worked']}
        onChange={(event) => setWorked(event.target.value)}
      />
      <TextArea
        label={t('insights.evaluations.different')}
        rows={3}
        value={different}
        error={errors['different']}
        onChange={(event) => setDifferent(event.target.value)}
      />
      <div aria-live="polite">
        {failure && !Object.keys(errors).length ? (
          <Alert type="error" live={false}>
            {failure}
          </Alert>
        ) : null}
        {saved ? (
          <Alert type="ok" live={false}>
            {t('insights.evaluations.saved')}
          </Alert>
        ) : null}
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="secondary" busy={loading}>
          {existing ? t('insights.evaluations.save') : t('insights.evaluations.add')}
        </Button>
        {existing ? (
          <Button appearance="subtle" onClick={onDone}>
            {t('insights.evaluations.cancel')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
