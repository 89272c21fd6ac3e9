import type { AssignmentRole } from '@planbord/web-graphql';
import { useT } from '../i18n';
import { formatMinutes } from '../lib/describe';
import { estimatedMinutes, workloadAfter, type WorkloadLike } from '../lib/planning-board';

/**
 * Before a job is saved: the person's total in the period with it ("Met deze taak komt Daan in de week van 7 december
 * op 8 u van 6 u: boven capaciteit"), from the minutes typed or the role's default.
 */
export function WorkloadAfter({
  name,
  load,
  role,
  typedMinutes,
  basisMinutes,
  periodLabel,
}: {
  name: string;
  load: WorkloadLike | undefined;
  role: AssignmentRole;
  typedMinutes: string;
  basisMinutes: number;
  periodLabel: string;
}) {
  const t = useT();
  if (!load) return null;
  const after = workloadAfter(load, estimatedMinutes(role, typedMinutes, basisMinutes));
  return (
    <p
      className={
        after.over
          ? 'planbord-assign-picker__after planbord-assign-picker__after--over'
          : 'planbord-assign-picker__after'
      }
      role="status"
      data-testid="workload-after"
    >
      {t(after.over ? 'drawer.assign.afterOver' : 'drawer.assign.after', {
        name,
        period: periodLabel,
        used: formatMinutes(after.minutes, t),
        capacity: formatMinutes(Math.round(after.capacityMinutes / 60) * 60, t),
      })}
    </p>
  );
}
