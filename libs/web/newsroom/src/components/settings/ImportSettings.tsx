import { useId, useState } from 'react';
import { failureFacts } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  describeFailure,
  FileField,
  Heading,
  Paragraph,
  SelectField,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useFormat,
} from '@planbord/web-ui';
import type { PreviewSignalImportMutation } from '@planbord/web-graphql';
import { useT, type MessageKey } from '../../i18n';
import {
  UploadFailure,
  uploadSignalFile,
  useCommitSignalImport,
  usePreviewSignalImport,
  useSignalImportProgress,
} from '../../hooks/useSignalImport';
import { isImportFinished, percent, unmappedRequired, withColumn, type FieldColumn } from '../../lib/signal-import';

type Preview = PreviewSignalImportMutation['previewSignalImport'];

const fieldKey = (field: string) => `newsroom.import.field.${field}` as MessageKey;

/** How far an import is, and what it did once done. */
function ImportProgress({ id }: { id: string }) {
  const t = useT();
  const { formatNumber } = useFormat();
  const { run, error } = useSignalImportProgress(id);
  if (error && !run) return <Alert type="error">{describeFailure(failureFacts(error), t).message}</Alert>;
  if (!run) return <Spinner label={t('app.loading')} />;
  const done = isImportFinished(run.status);
  return (
    <div className="planbord-import-progress">
      <label className="utrecht-form-label" htmlFor={`import-progress-${id}`}>
        {t('newsroom.import.progress', { percent: formatNumber(percent(run.progress)) })}
      </label>
      <progress id={`import-progress-${id}`} max={100} value={percent(run.progress)} />
      <div aria-live="polite">
        {run.status === 'FAILED' ? (
          <Alert type="error">{t('newsroom.import.failed', { error: run.error ?? '' })}</Alert>
        ) : done ? (
          <Alert type="ok" heading={t('newsroom.import.done')}>
            <p className="utrecht-paragraph">
              {t('newsroom.import.result', {
                created: formatNumber(run.created),
                skipped: formatNumber(run.skipped),
                failed: formatNumber(run.failed),
              })}
            </p>
          </Alert>
        ) : null}
      </div>
    </div>
  );
}

/** A monitoring tool's export or a spreadsheet of notes as signals: choose the file, check the columns, import. */
export function ImportSettings() {
  const t = useT();
  const { formatNumber } = useFormat();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<FieldColumn[]>([]);
  const [committed, setCommitted] = useState<string | null>(null);
  const [repreview, repreviewState] = usePreviewSignalImport();
  const [commit, commitState] = useCommitSignalImport();
  const fail = (e: unknown) =>
    setFailure(
      e instanceof UploadFailure
        ? t('newsroom.import.uploadFailed', { error: e.message })
        : describeFailure(failureFacts(e), t).message,
    );

  const show = (answer: Preview | undefined) => {
    if (!answer) return;
    setPreview(answer);
    setMapping(answer.mapping.map(({ field, column, required }) => ({ field, column: column ?? null, required })));
  };

  const upload = async () => {
    if (!file) {
      setFailure(t('newsroom.import.chooseFirst'));
      return;
    }
    setFailure(null);
    setPreview(null);
    setCommitted(null);
    setUploading(true);
    try {
      const id = await uploadSignalFile(file);
      show((await repreview(id)).data?.previewSignalImport);
    } catch (e) {
      fail(e);
    } finally {
      setUploading(false);
    }
  };

  const change = (field: string, column: string | null) => {
    if (!preview) return;
    const next = withColumn(mapping, field, column);
    setMapping(next);
    repreview(preview.run.id, next).then((result) => show(result.data?.previewSignalImport), fail);
  };

  const missing = unmappedRequired(mapping);
  const shownFields = mapping.filter((entry) => entry.column);

  return (
    <>
      <form
        className="planbord-signal-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void upload();
        }}
      >
        <FileField
          id={fileId}
          label={t('newsroom.import.file')}
          description={t('newsroom.import.fileHelp')}
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          onFile={setFile}
        />
        <div>
          <Button type="submit" busy={uploading}>
            {t('newsroom.import.check')}
          </Button>
        </div>
      </form>
      {failure ? <Alert type="error">{failure}</Alert> : null}
      {uploading ? <Spinner label={t('newsroom.import.checking')} /> : null}
      {!preview && !uploading && !failure ? <Paragraph small>{t('newsroom.import.empty')}</Paragraph> : null}
      {preview ? (
        <section aria-labelledby="import-preview-heading">
          <Heading level={3} id="import-preview-heading">
            {t('newsroom.import.previewTitle', { file: preview.run.fileName })}
          </Heading>
          <Paragraph>
            {t('newsroom.import.counts', {
              rows: formatNumber(preview.rowCount),
              valid: formatNumber(preview.validCount),
              problems: formatNumber(preview.problemCount),
              repeated: formatNumber(preview.repeated),
            })}
          </Paragraph>
          {preview.alreadyImported ? <Alert type="warning">{t('newsroom.import.alreadyImported')}</Alert> : null}
          <fieldset className="planbord-import-mapping">
            <legend className="utrecht-form-fieldset__legend">{t('newsroom.import.mapping')}</legend>
            {mapping.map((entry) => (
              <SelectField
                key={entry.field}
                label={`${t(fieldKey(entry.field))}${entry.required ? ` (${t('newsroom.import.required')})` : ''}`}
                value={entry.column ?? ''}
                disabled={repreviewState.loading}
                error={entry.required && !entry.column ? t('newsroom.import.requiredMissing') : undefined}
                onChange={(event) => change(entry.field, event.target.value || null)}
                options={[
                  { value: '', label: t('newsroom.import.noColumn') },
                  ...preview.headers.map((header) => ({ value: header, label: header })),
                ]}
              />
            ))}
          </fieldset>
          <Heading level={4}>{t('newsroom.import.firstRows')}</Heading>
          {preview.preview.length === 0 || shownFields.length === 0 ? (
            <Paragraph small>{t('newsroom.import.noRows')}</Paragraph>
          ) : (
            <Table caption={t('newsroom.import.firstRows')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('newsroom.import.row')}</TableHeaderCell>
                  {shownFields.map((entry) => (
                    <TableHeaderCell scope="col" key={entry.field}>
                      {t(fieldKey(entry.field))}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.preview.map((row) => (
                  <TableRow key={row.row}>
                    <TableCell>{formatNumber(row.row)}</TableCell>
                    {shownFields.map((entry) => (
                      <TableCell key={entry.field}>
                        {row.cells.find((cell) => cell.field === entry.field)?.value ?? ''}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <Heading level={4}>{t('newsroom.import.problems')}</Heading>
          {preview.problems.length === 0 ? (
            <Paragraph small>{t('newsroom.import.noProblems')}</Paragraph>
          ) : (
            <Table caption={t('newsroom.import.problems')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('newsroom.import.row')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('newsroom.import.field')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('newsroom.import.message')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.problems.map((problem, index) => (
                  <TableRow key={`${problem.row ?? 'mapping'}-${problem.field ?? ''}-${index}`}>
                    <TableCell>
                      {problem.row === null || problem.row === undefined
                        ? t('newsroom.import.mappingRow')
                        : formatNumber(problem.row)}
                    </TableCell>
                    <TableCell>{problem.field ? t(fieldKey(problem.field)) : ''}</TableCell>
                    <TableCell>{problem.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {committed ? (
            <ImportProgress id={committed} />
          ) : (
            <ButtonGroup>
              <Button
                appearance="primary"
                busy={commitState.loading}
                disabled={missing.length > 0 || preview.validCount === 0 || repreviewState.loading}
                onClick={() =>
                  void commit(preview.run.id, mapping).then((result) => {
                    const run = result.data?.commitSignalImport;
                    if (run) setCommitted(run.id);
                  }, fail)
                }
              >
                {t('newsroom.import.import', { count: formatNumber(preview.validCount) })}
              </Button>
            </ButtonGroup>
          )}
        </section>
      ) : null}
    </>
  );
}
