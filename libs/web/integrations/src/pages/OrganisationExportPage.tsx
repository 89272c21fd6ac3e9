import { failureFacts } from '@planbord/web-graphql';
import {
  DownloadLink,
  PageHeader,
  QueryFailure,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useFormat,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useOrganisationExport } from '../hooks/useOrganisationExport';

/** Beheer: everything the organisation holds in one file, to take along or keep as a backup. */
export function OrganisationExportPage() {
  const t = useT();
  const format = useFormat();
  const { organisationExport, loading, error, refetch } = useOrganisationExport();
  const rows = organisationExport?.tables.reduce((sum, table) => sum + table.rows, 0) ?? 0;

  return (
    <>
      <PageHeader
        title={t('integrations.export.title')}
        intro={t('integrations.export.intro')}
        actions={
          organisationExport ? (
            <DownloadLink href={organisationExport.path}>{t('integrations.export.download')}</DownloadLink>
          ) : null
        }
      />
      {error && !organisationExport ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : null}
      {loading && !organisationExport ? <Spinner label={t('integrations.export.loading')} /> : null}
      {organisationExport ? (
        <>
          <p className="utrecht-paragraph">
            {t('integrations.export.summary', {
              tables: format.formatNumber(organisationExport.tables.length),
              rows: format.formatNumber(rows),
            })}
          </p>
          <h2 className="utrecht-heading-2">{t('integrations.export.restoreTitle')}</h2>
          <p className="utrecht-paragraph">{t('integrations.export.restore')}</p>
          <pre className="planbord-code">
            <code>{`npm run restore -- planbord.json --admin ${t('integrations.export.adminPlaceholder')}`}</code>
          </pre>
          <p className="utrecht-paragraph">{t('integrations.export.leftOut')}</p>
          <Table caption={t('integrations.export.caption')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('integrations.export.table')}</TableHeaderCell>
                <TableHeaderCell scope="col" className="planbord-numeric">
                  {t('integrations.export.rows')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {organisationExport.tables.map((table) => (
                <TableRow key={table.name}>
                  <TableCell>
                    <code>{table.name}</code>
                  </TableCell>
                  <TableCell className="planbord-numeric">{format.formatNumber(table.rows)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
    </>
  );
}
