import { failureFacts, useAuditTrail, type AuditedEntity } from '@planbord/web-graphql';
import { Heading, QueryFailure, Spinner, useFormat } from '@planbord/web-ui';
import { useT, type MessageKey } from '../i18n';

const KNOWN_ACTIONS = [
  'create',
  'update',
  'update+resetPassword',
  'activate',
  'deactivate',
  'login',
  'logout',
  'changePassword',
  'setLocale',
];

/** The recent history of one entity, newest first, shown in its edit drawer. */
export function AuditTrail({ entityType, entityId }: { entityType: AuditedEntity; entityId: string }) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const { entries, loading, error } = useAuditTrail(entityType, entityId);
  const headingId = `history-${entityId}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t('admin.history')}
      </Heading>
      {loading && !entries ? <Spinner label={t('app.loading')} /> : null}
      {error ? <QueryFailure facts={failureFacts(error)} /> : null}
      {entries && entries.length === 0 ? <p className="planbord-muted">{t('admin.historyEmpty')}</p> : null}
      {entries && entries.length > 0 ? (
        <ul className="planbord-history">
          {entries.slice(0, 15).map((entry) => (
            <li key={entry.id} className="planbord-history__item">
              <div>
                {KNOWN_ACTIONS.includes(entry.action) ? t(`admin.action.${entry.action}` as MessageKey) : entry.action}
              </div>
              <div className="planbord-history__meta">
                <time dateTime={entry.at}>{formatDateTime(entry.at, { weekday: false })}</time>{' '}
                {entry.actorName ? t('admin.historyBy', { name: entry.actorName }) : t('admin.historyUnknownActor')}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
