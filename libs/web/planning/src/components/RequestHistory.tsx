import { can, type Role } from '@planbord/domain';
import { failureFacts, useAuditTrail, type EventDetailFieldsFragment } from '@planbord/web-graphql';
import { Heading, QueryFailure, Spinner, useFormat } from '@planbord/web-ui';
import { useT } from '../i18n';
import { DetailList } from './DetailList';

/** Where the event came from: the request and its decision, and for administrators every change. */
export function RequestHistory({ event, role }: { event: EventDetailFieldsFragment; role: Role }) {
  const t = useT();
  const { formatDateTime, formatDeadline } = useFormat();
  const headingId = `history-${event.id}`;
  const when = (value: string | null) => (value ? formatDateTime(value) : null);
  return (
    <section aria-labelledby={headingId} className="planbord-drawer-section">
      <Heading level={3} id={headingId}>
        {t('drawer.history')}
      </Heading>
      {event.requestedBy ? (
        <DetailList
          items={[
            [t('drawer.requestedBy'), event.requestedBy.name],
            [t('drawer.requestedAt'), when(event.requestedAt)],
            [t('drawer.responseDue'), event.responseDueAt ? formatDeadline(event.responseDueAt) : null],
            [t('drawer.decidedBy'), event.decidedBy?.name],
            [t('drawer.decidedAt'), when(event.decidedAt)],
            [t('drawer.decisionNote'), event.decisionNote],
          ]}
        />
      ) : (
        <p className="planbord-muted">{t('drawer.notRequested')}</p>
      )}
      {can(role, 'Query.auditTrail') ? <AuditList eventId={event.id} /> : null}
    </section>
  );
}

function AuditList({ eventId }: { eventId: string }) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const { entries, loading, error } = useAuditTrail('Event', eventId);
  return (
    <>
      <h4 className="planbord-role-group__title">{t('drawer.auditTrail')}</h4>
      {loading && !entries ? <Spinner label={t('app.loading')} /> : null}
      {error ? <QueryFailure facts={failureFacts(error)} conflictMessage={t('drawer.conflict')} /> : null}
      {entries && entries.length === 0 ? <p className="planbord-muted">{t('drawer.auditEmpty')}</p> : null}
      {entries && entries.length > 0 ? (
        <ul className="planbord-history">
          {entries.slice(0, 20).map((entry) => (
            <li key={entry.id} className="planbord-history__item">
              <div>{actionLabel(entry.action, t)}</div>
              <div className="planbord-history__meta">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                {entry.actorName ? ` ${t('drawer.auditBy', { name: entry.actorName })}` : ''}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

const KNOWN_ACTIONS = ['create', 'update', 'submit', 'accept', 'decline', 'cancel', 'complete'] as const;

function actionLabel(action: string, t: ReturnType<typeof useT>): string {
  return (KNOWN_ACTIONS as readonly string[]).includes(action)
    ? t(`drawer.action.${action as (typeof KNOWN_ACTIONS)[number]}`)
    : action;
}
