import { Heading, Spinner, StatusBadge, UsageBar } from '@planbord/web-ui';
import { useT } from '../i18n';
import { formatMinutes } from '../lib/describe';
import { workloadState } from '../lib/planning-board';
import type { WorkloadRow } from './PersonSelect';

/** Each team member's planned time in the month against their capacity, with overload and clashes in words. */
export function WorkloadSidebar({ workload, loading }: { workload: readonly WorkloadRow[] | null; loading: boolean }) {
  const t = useT();
  const rows = [...(workload ?? [])].sort(
    (a, b) => workloadState(b).share - workloadState(a).share || a.user.name.localeCompare(b.user.name),
  );
  return (
    <aside className="planbord-workload" aria-labelledby="planning-workload-heading">
      <Heading level={2} id="planning-workload-heading">
        {t('planning.workload')}
      </Heading>
      {loading && !workload ? <Spinner label={t('app.loading')} /> : null}
      <ul className="planbord-workload__list">
        {rows.map((row) => {
          const state = workloadState(row);
          return (
            <li key={row.user.id} className="planbord-workload__person">
              <div className="planbord-workload__name">{row.user.name}</div>
              <UsageBar value={row.minutes} max={row.capacityMinutes} />
              <div className="planbord-workload__figures">
                {t('planning.workloadLine', {
                  used: formatMinutes(row.minutes, t),
                  capacity: formatMinutes(Math.round(row.capacityMinutes / 60) * 60, t),
                })}
              </div>
              {state.over || state.clashes ? (
                <div className="planbord-badge-row">
                  {state.over ? <StatusBadge status="danger">{t('planning.over')}</StatusBadge> : null}
                  {state.clashes ? (
                    <StatusBadge status="warning">{t('planning.clashes', { count: state.clashes })}</StatusBadge>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
