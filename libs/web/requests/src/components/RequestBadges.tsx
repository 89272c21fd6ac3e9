import type { EventRequestFieldsFragment } from '@planbord/web-graphql';
import { StatusBadge } from '@planbord/web-ui';
import { useT } from '../i18n';
import { isOverdue, STATUS_BADGE } from '../model/request-status';

/** Status, "te laat beantwoord" and "korte termijn": words on every badge, never colour alone. */
export function RequestBadges({ request, now }: { request: EventRequestFieldsFragment; now: Date }) {
  const t = useT();
  return (
    <span className="planbord-request__badges">
      <StatusBadge status={STATUS_BADGE[request.status]}>{t(`requests.status.${request.status}`)}</StatusBadge>
      {isOverdue(request, now) ? <StatusBadge status="danger">{t('requests.overdue')}</StatusBadge> : null}
      {request.late ? (
        <span title={t('requests.lateHint')}>
          <StatusBadge status="warning">{t('requests.late')}</StatusBadge>
        </span>
      ) : null}
    </span>
  );
}
