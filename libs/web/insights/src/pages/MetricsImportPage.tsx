import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  Button,
  ButtonGroup,
  FileField,
  Heading,
  linkClassName,
  PageHeader,
  SelectField,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useFormat,
} from '@planbord/web-ui';
import '../metrics.css';
import { useT, type MessageKey } from '../i18n';
import {
  MetricsImportFailure,
  sendMetricsFile,
  type MappingNeeded,
  type MetricsFormat,
  type MetricsImportReport,
} from '../hooks/useMetricsImport';
import { INSIGHTS_ROUTES } from '../routes';

const FORMATS: MetricsFormat[] = ['META_FACEBOOK', 'META_INSTAGRAM', 'LINKEDIN', 'X'];

/** Rapportages › Cijfers importeren: a platform's export in, matched to the published posts, with a row report. */
export function MetricsImportPage() {
  const t = useT();
  const format = useFormat();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [share, setShare] = useState<number | null>(null);
  const [report, setReport] = useState<MetricsImportReport | null>(null);
  const [needed, setNeeded] = useState<MappingNeeded | null>(null);
  const [chosen, setChosen] = useState<MetricsFormat | ''>('');
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const choose = (next: MetricsFormat | '', from: MappingNeeded | null = needed) => {
    setChosen(next);
    setMapping(from?.formats.find((f) => f.format === next)?.mapping ?? {});
  };

  const send = async (choice: { format: MetricsFormat; mapping: Record<string, string | null> } | null) => {
    if (!file) {
      setFieldErrors({ file: t('insights.import.fileRequired') });
      return;
    }
    setFieldErrors({});
    setFailure(null);
    setReport(null);
    setShare(0);
    try {
      setReport(await sendMetricsFile(file, choice, setShare));
      setNeeded(null);
    } catch (caught) {
      const refused = caught instanceof MetricsImportFailure ? caught : null;
      if (refused?.mappingNeeded) {
        setNeeded(refused.mappingNeeded);
        if (!choice) choose(refused.mappingNeeded.format ?? '', refused.mappingNeeded);
        setFieldErrors(choice ? refused.fields : {});
      } else if (refused && Object.keys(refused.fields).length) setFieldErrors(refused.fields);
      else setFailure(refused?.message ? refused.message : t('insights.import.failed'));
    } finally {
      setShare(null);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send(null);
  };

  const onMapping = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setFieldErrors({ format: t('insights.import.formatRequired') });
      return;
    }
    void send({ format: chosen, mapping });
  };

  const fieldsOfChosen = needed?.formats.find((f) => f.format === chosen)?.fields ?? [];
  const fieldLabel = (field: string) => t(`insights.metrics.field.${field}` as MessageKey);
  const formatLabel = (value: MetricsFormat) => t(`insights.import.format.${value}` as MessageKey);
  const busy = share !== null;

  return (
    <>
      <PageHeader title={t('insights.import.title')} intro={t('insights.import.intro')} />
      <p className="utrecht-paragraph">
        <Link className={linkClassName} to={INSIGHTS_ROUTES.followers}>
          {t('insights.followers.title')}
        </Link>
      </p>
      <form className="planbord-import-form" onSubmit={onSubmit} noValidate>
        <FileField
          id={fileId}
          label={t('insights.import.file')}
          description={t('insights.import.fileHint')}
          error={fieldErrors.file}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onFile={(chosen) => {
            setFile(chosen);
            setReport(null);
            setNeeded(null);
          }}
        />
        <ButtonGroup>
          <Button appearance={needed ? 'secondary' : 'primary'} type="submit" busy={busy}>
            {t('insights.import.send')}
          </Button>
        </ButtonGroup>
      </form>

      {busy ? (
        <div className="planbord-import-progress" aria-live="polite">
          <label className="utrecht-form-label" htmlFor={`${fileId}-progress`}>
            {share! < 1
              ? t('insights.import.sending', { percent: format.formatNumber(Math.round(share! * 100)) })
              : t('insights.import.reading')}
          </label>
          <progress id={`${fileId}-progress`} max={100} value={share! < 1 ? Math.round(share! * 100) : undefined} />
        </div>
      ) : null}
      {failure ? <Alert type="error">{failure}</Alert> : null}

      {needed ? (
        <section aria-labelledby={`${fileId}-mapping`}>
          <Heading level={2} id={`${fileId}-mapping`}>
            {t('insights.import.mappingTitle')}
          </Heading>
          <p className="utrecht-paragraph">{t('insights.import.mappingHint')}</p>
          <form onSubmit={onMapping} noValidate>
            <SelectField
              label={t('insights.import.formatLabel')}
              value={chosen}
              error={fieldErrors.format}
              options={[
                { value: '', label: t('insights.import.formatChoose') },
                ...FORMATS.map((value) => ({ value, label: formatLabel(value) })),
              ]}
              onChange={(event) => choose(event.target.value as MetricsFormat | '')}
            />
            <div className="planbord-import-mapping">
              {fieldsOfChosen.map(({ field, required }) => (
                <SelectField
                  key={field}
                  label={
                    required ? t('insights.import.requiredField', { field: fieldLabel(field) }) : fieldLabel(field)
                  }
                  value={mapping[field] ?? ''}
                  error={fieldErrors[field]}
                  options={[
                    { value: '', label: t('insights.import.notUsed') },
                    ...needed.headers.filter(Boolean).map((header) => ({ value: header, label: header })),
                  ]}
                  onChange={(event) => setMapping({ ...mapping, [field]: event.target.value || null })}
                />
              ))}
            </div>
            <ButtonGroup>
              <Button appearance="primary" type="submit" busy={busy}>
                {t('insights.import.importMapped')}
              </Button>
            </ButtonGroup>
          </form>
        </section>
      ) : null}

      {report ? (
        <section aria-labelledby={`${fileId}-report`}>
          <Heading level={2} id={`${fileId}-report`}>
            {t('insights.import.reportTitle')}
          </Heading>
          <Alert type={report.unmatched.length ? 'warning' : 'ok'}>
            {t('insights.import.summary', {
              format: formatLabel(report.format),
              rows: format.formatNumber(report.rows),
              matched: format.formatNumber(report.matched),
              updated: format.formatNumber(report.updated),
              unmatched: format.formatNumber(report.unmatched.length),
            })}
          </Alert>
          {report.unmatched.length ? (
            <Table caption={t('insights.import.unmatchedTitle')} captionHidden={false}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('insights.import.row')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('insights.import.reason')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.unmatched.map((row) => (
                  <TableRow key={row.row}>
                    <TableCell className="planbord-numeric">{row.row}</TableCell>
                    <TableCell>{row.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
