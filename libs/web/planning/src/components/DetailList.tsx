import type { ReactNode } from 'react';

/** Label–value pairs; empty values are left out. */
export function DetailList({ items }: { items: [string, ReactNode][] }) {
  const shown = items.filter(
    ([, value]) => value != null && value !== '' && !(Array.isArray(value) && value.length === 0),
  );
  return (
    <dl className="planbord-details">
      {shown.map(([label, value]) => (
        <div key={label} className="planbord-details__pair">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
