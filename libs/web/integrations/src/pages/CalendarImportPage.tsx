import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { failureFacts } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  describeFailure,
  EmptyState,
  FileField,
  Heading,
  PageHeader,
  QueryFailure,
  SelectField,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextField,
  useFormat,
  useOrgTime,
} from '@planbord/web-ui';
import '../calendar-import.css';
import { useT, type MessageKey } from '../i18n';
import {
  CalendarImportFailure,
  sendCalendarFile,
  useCalendarImports,
  useUndoImport,
  type CalendarDryRun,
  type CalendarImportDone,
} from '../hooks/useCalendarImport';

/** The fields of a calendar file, in the order the mapping shows them. */
const FIELDS = [
  'date',
  'time',
  'endTime',
  'endDate',
  'title',
  'location',
  'department',
  'channel',
  'text',
  'description',
] as const;
const CALENDAR_PATH = '/kalender';

type Stage = { kind: 'idle' } | { kind: 'sending'; share: number; importing: boolean };

/** Kalender › Importeren: an Excel or CSV calendar in, checked row by row first, undone while untouched. */
export function CalendarImportPage() {
  const t = useT();
  const format = useFormat();
  const { today } = useOrgTime();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [year, setYear] = useState(() => today().slice(0, 4));
  const [mapping, setMapping] = useState<Record<string, string | null> | null>(null);
  const [dryRun, setDryRun] = useState<CalendarDryRun | null>(null);
  const [done, setDone] = useState<CalendarImportDone | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const { imports, error: importsError, refetch } = useCalendarImports();
  const [undo, undoState] = useUndoImport();
  const [undoNotice, setUndoNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  const send = async <T,>(importing: boolean, withMapping: Record<string, string | null> | null): Promise<T | null> => {
    if (!file) {
      setFieldErrors({ file: t('integrations.import.fileRequired') });
      return null;
    }
    setFieldErrors({});
    setFailure(null);
    setStage({ kind: 'sending', share: 0, importing });
    try {
      return await sendCalendarFile<T>(file, { dryRun: !importing, year, mapping: withMapping }, (share) =>
        setStage({ kind: 'sending', share, importing }),
      );
    } catch (caught) {
      const refused = caught instanceof CalendarImportFailure ? caught : null;
      if (refused && Object.keys(refused.fields).length) setFieldErrors(refused.fields);
      else setFailure(refused?.message ? refused.message : t('integrations.import.failed'));
      return null;
    } finally {
      setStage({ kind: 'idle' });
    }
  };

  const check = async (withMapping: Record<string, string | null> | null) => {
    setDone(null);
    const answer = await send<CalendarDryRun>(false, withMapping);
    if (answer) {
      setDryRun(answer);
      setMapping(answer.mapping);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void check(null);
  };

  const onImport = async () => {
    const answer = await send<CalendarImportDone>(true, mapping);
    if (answer) {
      setDone(answer);
      setDryRun(null);
      void refetch();
    }
  };

  const onUndo = (id: string) => {
    setUndoNotice(null);
    undo(id).then(
      () => {
        setUndoNotice({ type: 'ok', text: t('integrations.import.undone') });
        setDone(null);
        void refetch();
      },
      (caught: unknown) =>
        setUndoNotice({
          type: 'error',
          text: describeFailure(failureFacts(caught), t).fields.id ?? describeFailure(failureFacts(caught), t).message,
        }),
    );
  };

  const fieldLabel = (field: string) => t(`integrations.import.field.${field}` as MessageKey);
  const when = (row: CalendarDryRun['preview'][number]) =>
    row.allDay
      ? format.formatDate(row.startsAt)
      : `${format.formatDate(row.startsAt)} ${format.formatTime(row.startsAt)}–${format.formatTime(row.endsAt)}`;
  const busy = stage.kind === 'sending';
  const canImport = !!dryRun && dryRun.mappingIssues.length === 0 && dryRun.events > 0;

  return (
    <>
      <PageHeader title={t('integrations.import.title')} intro={t('integrations.import.intro')} />
      <form className="planbord-import-form" onSubmit={onSubmit} noValidate>
        <FileField
          id={fileId}
          label={t('integrations.import.file')}
          description={t('integrations.import.fileHint')}
          error={fieldErrors.file}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onFile={(chosen) => {
            setFile(chosen);
            setDryRun(null);
            setMapping(null);
            setDone(null);
          }}
        />
        <TextField
          label={t('integrations.import.year')}
          description={t('integrations.import.yearHint')}
          inputMode="numeric"
          value={year}
          error={fieldErrors.year}
          onChange={(event) => setYear(event.target.value)}
        />
        <ButtonGroup>
          <Button appearance={dryRun ? 'secondary' : 'primary'} type="submit" busy={busy}>
            {t('integrations.import.check')}
          </Button>
        </ButtonGroup>
      </form>

      {busy ? (
        <div className="planbord-import-progress" aria-live="polite">
          <label className="utrecht-form-label" htmlFor={`${fileId}-progress`}>
            {stage.share < 1
              ? t('integrations.import.sending', { percent: format.formatNumber(Math.round(stage.share * 100)) })
              : t(stage.importing ? 'integrations.import.writing' : 'integrations.import.reading')}
          </label>
          <progress
            id={`${fileId}-progress`}
            max={100}
            value={stage.share < 1 ? Math.round(stage.share * 100) : undefined}
          />
        </div>
      ) : null}
      {failure ? <Alert type="error">{failure}</Alert> : null}

      {done ? (
        <Alert type="ok" heading={t('integrations.import.doneTitle')}>
          <p className="utrecht-paragraph">
            {t('integrations.import.doneText', {
              events: format.formatNumber(done.created),
              posts: format.formatNumber(done.posts),
              skipped: format.formatNumber(done.skipped),
              failed: format.formatNumber(done.failed),
            })}
          </p>
          <ButtonGroup>
            <Link className="utrecht-button utrecht-button--secondary-action" to={CALENDAR_PATH}>
              {t('integrations.import.toCalendar')}
            </Link>
            {done.importId ? (
              <Button busy={undoState.loading} onClick={() => onUndo(done.importId!)}>
                {t('integrations.import.undo')}
              </Button>
            ) : null}
          </ButtonGroup>
        </Alert>
      ) : null}

      {dryRun ? (
        <section aria-labelledby={`${fileId}-result`}>
          <Heading level={2} id={`${fileId}-result`}>
            {t('integrations.import.resultTitle')}
          </Heading>
          <p className="utrecht-paragraph" aria-live="polite">
            {t('integrations.import.summary', {
              rows: format.formatNumber(dryRun.rowCount),
              events: format.formatNumber(dryRun.events),
              posts: format.formatNumber(dryRun.posts),
              skipped: format.formatNumber(dryRun.skipped),
              failed: format.formatNumber(dryRun.failed),
            })}
          </p>

          <Heading level={3}>{t('integrations.import.mappingTitle')}</Heading>
          <p className="utrecht-paragraph">{t('integrations.import.mappingHint')}</p>
          <div className="planbord-import-mapping">
            {FIELDS.map((field) => (
              <SelectField
                key={field}
                label={fieldLabel(field)}
                value={mapping?.[field] ?? ''}
                error={dryRun.mappingIssues.find((issue) => issue.field === field)?.message}
                options={[
                  { value: '', label: t('integrations.import.notUsed') },
                  ...dryRun.headers.filter(Boolean).map((header) => ({ value: header, label: header })),
                ]}
                onChange={(event) => {
                  const next = { ...mapping, [field]: event.target.value || null };
                  setMapping(next);
                  void check(next);
                }}
              />
            ))}
          </div>

          {dryRun.problems.length ? (
            <>
              <Heading level={3}>{t('integrations.import.problemsTitle')}</Heading>
              <Table caption={t('integrations.import.problemsTitle')}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('integrations.import.row')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('integrations.import.column')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('integrations.import.problem')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {dryRun.problems.map((problem, i) => (
                    <TableRow key={`${problem.row}-${problem.field}-${i}`}>
                      <TableCell className="planbord-numeric">{problem.row}</TableCell>
                      <TableCell>{problem.column ?? (problem.field ? fieldLabel(problem.field) : '—')}</TableCell>
                      <TableCell>{problem.message}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          ) : null}

          {dryRun.preview.length ? (
            <>
              <Heading level={3}>{t('integrations.import.previewTitle')}</Heading>
              <Table caption={t('integrations.import.previewTitle')}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('integrations.import.row')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{fieldLabel('title')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('integrations.import.when')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{fieldLabel('department')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{fieldLabel('channel')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {dryRun.preview.map((row) => (
                    <TableRow key={row.row}>
                      <TableCell className="planbord-numeric">{row.row}</TableCell>
                      <TableCell>
                        {row.title}
                        {row.post ? (
                          <span className="planbord-muted"> · {t('integrations.import.withPost')}</span>
                        ) : null}
                      </TableCell>
                      <TableCell>{when(row)}</TableCell>
                      <TableCell>{row.department || '—'}</TableCell>
                      <TableCell>{row.channel || '—'}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          ) : null}

          <div className="planbord-import-actions">
            <Button appearance="primary" disabled={!canImport} busy={busy} onClick={() => void onImport()}>
              {t('integrations.import.import', {
                events: format.formatNumber(dryRun.events),
                posts: format.formatNumber(dryRun.posts),
              })}
            </Button>
          </div>
        </section>
      ) : null}

      <Heading level={2}>{t('integrations.import.historyTitle')}</Heading>
      {undoNotice ? <Alert type={undoNotice.type}>{undoNotice.text}</Alert> : null}
      {importsError && !imports ? (
        <QueryFailure facts={failureFacts(importsError)} onRetry={() => void refetch()} />
      ) : null}
      {!imports && !importsError ? <Spinner label={t('integrations.import.loading')} /> : null}
      {imports && imports.length === 0 ? <EmptyState title={t('integrations.import.historyEmpty')} /> : null}
      {imports && imports.length > 0 ? (
        <Table caption={t('integrations.import.historyTitle')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('integrations.import.historyFile')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('integrations.import.historyWhen')}</TableHeaderCell>
              <TableHeaderCell scope="col" className="planbord-numeric">
                {t('integrations.import.historyEvents')}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="planbord-numeric">
                {t('integrations.import.historyPosts')}
              </TableHeaderCell>
              <TableHeaderCell scope="col">
                <span className="planbord-visually-hidden">{t('integrations.import.historyActions')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {imports.map((item) => (
              <TableRow key={item.id}>
                <TableCell>{item.fileName}</TableCell>
                <TableCell>{format.formatDateTime(item.createdAt)}</TableCell>
                <TableCell className="planbord-numeric">{format.formatNumber(item.events)}</TableCell>
                <TableCell className="planbord-numeric">{format.formatNumber(item.posts)}</TableCell>
                <TableCell className="planbord-table-actions">
                  {item.undoneAt ? (
                    <span className="planbord-muted">{t('integrations.import.historyUndone')}</span>
                  ) : (
                    <Button
                      appearance="subtle"
                      busy={undoState.loading}
                      aria-label={t('integrations.import.undoOne', { file: item.fileName })}
                      onClick={() => onUndo(item.id)}
                    >
                      {t('integrations.import.undo')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </>
  );
}
