import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { can, checkPostMetrics, describeIssue, METRIC_FIELDS, type MetricField } from '@planbord/domain';
import { failureFacts, useCurrentUser } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  Card,
  describeFailure,
  Heading,
  linkClassName,
  QueryFailure,
  Spinner,
  TextField,
  useFormat,
  useLocale,
} from '@planbord/web-ui';
import '../metrics.css';
import { useT, type MessageKey } from '../i18n';
import { usePostFigures } from '../hooks/usePostFigures';
import { useRecordPostMetrics } from '../hooks/useRecordPostMetrics';
import { INSIGHTS_ROUTES } from '../routes';

type Draft = Record<MetricField, string>;

const emptyDraft = (): Draft => Object.fromEntries(METRIC_FIELDS.map((field) => [field, ''])) as Draft;

/** A figure as typed: empty is unknown; digits (with dots or spaces between thousands) a number; anything else NaN. */
function typedCount(text: string): number | null {
  const value = text.trim().replace(/[\s.]/g, '');
  if (value === '') return null;
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** The figures of a published post, and a form to enter or correct them. */
export function PostFiguresPanel({ postId }: { postId: string }) {
  const t = useT();
  const locale = useLocale();
  const format = useFormat();
  const headingId = useId();
  const { me } = useCurrentUser();
  const { metrics, loaded, error, refetch } = usePostFigures(postId);
  const [record, state] = useRecordPostMetrics();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const mayRecord = can(me?.role, 'Mutation.recordPostMetrics');

  const open = () => {
    setSaved(false);
    setDraft(
      Object.fromEntries(
        METRIC_FIELDS.map((field) => [field, metrics?.[field] == null ? '' : String(metrics[field])]),
      ) as Draft,
    );
    setEditing(true);
  };

  const label = (field: MetricField) => t(`insights.metrics.field.${field}` as MessageKey);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setSaved(false);
    const input = Object.fromEntries(METRIC_FIELDS.map((field) => [field, typedCount(draft[field])])) as Record<
      MetricField,
      number | null
    >;
    const issues = checkPostMetrics(input, new Date());
    const found = Object.fromEntries(
      Object.entries(issues).map(([field, issue]) => [field, describeIssue(issue, locale)]),
    );
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await record(postId, { ...input, expectedVersion: metrics?.version ?? null });
      setEditing(false);
      setSaved(true);
    } catch (caught) {
      const described = describeFailure(failureFacts(caught), t);
      if (Object.keys(described.fields).length) setErrors(described.fields);
      else setFailure(described.message);
      if (described.code === 'VERSION_CONFLICT') void refetch();
    }
  };

  return (
    <Card labelledBy={headingId}>
      <Heading level={2} id={headingId}>
        {t('insights.metrics.panelTitle')}
      </Heading>
      {error && !loaded ? <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} /> : null}
      {!loaded && !error ? <Spinner label={t('insights.metrics.loading')} /> : null}
      <div aria-live="polite">{saved ? <Alert type="ok">{t('insights.metrics.saved')}</Alert> : null}</div>
      {failure ? <Alert type="error">{failure}</Alert> : null}
      {loaded && !metrics && !editing ? <p className="utrecht-paragraph">{t('insights.metrics.none')}</p> : null}
      {loaded && metrics && !editing ? (
        <>
          <dl className="planbord-detail-list">
            {METRIC_FIELDS.filter((field) => metrics[field] != null).map((field) => (
              <div key={field}>
                <dt>{label(field)}</dt>
                <dd className="planbord-numeric">{format.formatNumber(metrics[field]!)}</dd>
              </div>
            ))}
          </dl>
          <p className="utrecht-paragraph planbord-muted">
            {t(metrics.source === 'IMPORT' ? 'insights.metrics.capturedImport' : 'insights.metrics.capturedManual', {
              when: format.formatDateTime(metrics.capturedAt),
            })}
          </p>
        </>
      ) : null}
      {editing ? (
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <p className="utrecht-paragraph">{t('insights.metrics.formHint')}</p>
          <div className="planbord-metrics-fields">
            {METRIC_FIELDS.map((field) => (
              <TextField
                key={field}
                label={label(field)}
                inputMode="numeric"
                autoComplete="off"
                value={draft[field]}
                error={errors[field]}
                onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
              />
            ))}
          </div>
          <ButtonGroup>
            <Button appearance="primary" type="submit" busy={state.loading}>
              {t('insights.metrics.save')}
            </Button>
            <Button
              onClick={() => {
                setEditing(false);
                setErrors({});
              }}
            >
              {t('insights.metrics.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
      {loaded && !editing && mayRecord ? (
        <ButtonGroup>
          <Button onClick={open}>{t(metrics ? 'insights.metrics.edit' : 'insights.metrics.enter')}</Button>
          <Link className={linkClassName} to={INSIGHTS_ROUTES.importMetrics}>
            {t('insights.metrics.toImport')}
          </Link>
        </ButtonGroup>
      ) : null}
    </Card>
  );
}
