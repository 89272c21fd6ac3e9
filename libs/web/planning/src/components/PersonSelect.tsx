import type { WorkloadQuery } from '@planbord/web-graphql';
import { SelectField } from '@planbord/web-ui';
import { useT } from '../i18n';
import { formatMinutes } from '../lib/describe';
import { workloadState } from '../lib/planning-board';

export type WorkloadRow = WorkloadQuery['workload'][number];

/**
 * Team members to choose from, each with how busy they are in the period ("Daan Smit — 3 u van 32 u"), so the
 * planner sees who has room before choosing.
 */
export function PersonSelect({
  label,
  team,
  workload,
  value,
  onChange,
  error,
  id,
}: {
  label: string;
  team: readonly { id: string; name: string }[];
  workload: readonly WorkloadRow[] | null;
  value: string;
  onChange: (userId: string) => void;
  error?: string | null;
  id?: string;
}) {
  const t = useT();
  const byUser = new Map((workload ?? []).map((row) => [row.user.id, row]));
  const options = [
    { value: '', label: t('drawer.assign.choose') },
    ...team.map((person) => {
      const row = byUser.get(person.id);
      if (!row) return { value: person.id, label: person.name };
      const state = workloadState(row);
      const load = t('drawer.assign.load', {
        used: formatMinutes(row.minutes, t),
        capacity: formatMinutes(Math.round(row.capacityMinutes / 60) * 60, t),
      });
      const flags = [
        state.over ? t('planning.over') : null,
        state.clashes ? t('planning.clashes', { count: state.clashes }) : null,
      ].filter(Boolean);
      return { value: person.id, label: `${person.name} — ${load}${flags.length ? ` (${flags.join(', ')})` : ''}` };
    }),
  ];
  return (
    <SelectField
      id={id}
      label={label}
      options={options}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}
