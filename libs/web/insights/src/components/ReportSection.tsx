import type { ReactNode } from 'react';
import { failureFacts } from '@planbord/web-graphql';
import { EmptyState, Heading, QueryFailure, Spinner } from '@planbord/web-ui';
import { useT } from '../i18n';
import { reportExportHref, type ReportName } from '../lib/export';

export interface ReportDownload {
  name: ReportName;
  params: { from?: string; to?: string; groupBy?: string; year?: number };
}

/**
 * One report: its heading, what it sums up to in a sentence, its chart and its table, and the table's downloads.
 * Loads and fails on its own, so one unavailable report leaves the others readable. Chart and table stay together
 * on a printed page.
 */
export function ReportSection({
  id,
  title,
  loading,
  error,
  onRetry,
  summary,
  empty,
  controls,
  download,
  children,
}: {
  id: string;
  title: string;
  loading: boolean;
  error?: unknown;
  onRetry: () => void;
  /** The sentence in plain language; null when the period has nothing to report. */
  summary: string | null;
  /** Said instead of chart and table when there is nothing. */
  empty: string;
  controls?: ReactNode;
  download?: ReportDownload;
  children?: ReactNode;
}) {
  const t = useT();
  const headingId = `report-${id}`;
  let body: ReactNode;
  if (error && loading) {
    body = (
      <>
        <p className="utrecht-paragraph">{t('reports.failed')}</p>
        <QueryFailure facts={failureFacts(error)} onRetry={onRetry} />
      </>
    );
  } else if (loading) body = <Spinner label={t('reports.loading')} />;
  else if (summary == null) body = <EmptyState title={empty} />;
  else
    body = (
      <>
        <p className="utrecht-paragraph planbord-report__summary" id={summaryId(id)}>
          {summary}
        </p>
        {children}
      </>
    );
  return (
    <section className="planbord-card planbord-report" aria-labelledby={headingId} data-report={id}>
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      {controls}
      {body}
      {download && !loading && summary != null ? <Downloads title={title} download={download} /> : null}
    </section>
  );
}

export const summaryId = (id: string) => `report-${id}-summary`;

function Downloads({ title, download }: { title: string; download: ReportDownload }) {
  const t = useT();
  return (
    <p className="utrecht-paragraph planbord-report__downloads">
      <span>{t('reports.download')}:</span>{' '}
      <a
        className="utrecht-link"
        href={reportExportHref(download.name, 'csv', download.params)}
        download
        aria-label={t('reports.downloadCsvOf', { report: title })}
      >
        {t('reports.downloadCsv')}
      </a>{' '}
      <a
        className="utrecht-link"
        href={reportExportHref(download.name, 'xlsx', download.params)}
        download
        aria-label={t('reports.downloadXlsxOf', { report: title })}
      >
        {t('reports.downloadXlsx')}
      </a>
    </p>
  );
}
