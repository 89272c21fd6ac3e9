import type { CSSProperties, DragEvent } from 'react';
import { Initials, useT } from '@planbord/web-ui';
import { entryLabel } from '../lib/describe';
import type { CalendarEntry } from '../lib/calendar-items';
import { CoverageBadge, SlotStatusBadge } from './Badges';

export const DRAG_TYPE = 'application/x-planbord-item';

export interface CalendarItemButtonProps {
  entry: CalendarEntry;
  colorLabel: string | null;
  onOpen: (entry: CalendarEntry) => void;
  draggable: boolean;
  tabIndex: number;
  /** Week view: the title wraps instead of being cut off. */
  roomy?: boolean;
}

/** One event or slot in a day: a button that opens the drawer, and for planners something to drag to another day. */
export function CalendarItemButton({ entry, colorLabel, onOpen, draggable, tabIndex, roomy = false }: CalendarItemButtonProps) {
  const t = useT();
  const style = entry.colorOf ? ({ '--planbord-calendar-item-accent': entry.colorOf.color } as CSSProperties) : undefined;
  const onDragStart = (event: DragEvent<HTMLButtonElement>) => {
    event.dataTransfer.setData(DRAG_TYPE, entry.key);
    event.dataTransfer.setData('text/plain', entry.title);
    event.dataTransfer.effectAllowed = 'move';
  };
  const dimmed = entry.slot?.status === 'SKIPPED' || entry.event?.status === 'CANCELLED';
  return (
    <button
      type="button"
      className={[
        'planbord-calendar-item',
        `planbord-calendar-item--${entry.kind}`,
        roomy && 'planbord-calendar-item--roomy',
        dimmed && 'planbord-calendar-item--dimmed',
        draggable && 'planbord-calendar-item--draggable',
      ]
        .filter(Boolean)
        .join(' ')}
      style={style}
      aria-label={entryLabel(entry, t, colorLabel)}
      title={entry.title}
      tabIndex={tabIndex}
      draggable={draggable}
      onDragStart={draggable ? onDragStart : undefined}
      data-item={entry.key}
      onClick={() => onOpen(entry)}
    >
      <span className="planbord-calendar-item__line">
        <span className="planbord-calendar-item__time">{entry.time ?? t('calendar.allDayShort')}</span>{' '}
        <span className="planbord-calendar-item__title">{entry.title}</span>
      </span>
      {' '}
      <span className="planbord-calendar-item__meta">
        {entry.event ? <CoverageBadge coverage={entry.event.coverage} /> : null}
        {entry.slot ? (
          <>
            <span className="planbord-calendar-item__kind">{t(`calendar.kind.${entry.kind}`)}</span> <SlotStatusBadge status={entry.slot.status} />
          </>
        ) : null}
        {entry.people.length ? (
          <span className="planbord-calendar-item__people" aria-hidden="true">
            {entry.people.slice(0, 3).map((person) => (
              <Initials key={person.id} name={person.name} />
            ))}
            {entry.people.length > 3 ? <span className="planbord-calendar-item__more-people">+{entry.people.length - 3}</span> : null}
          </span>
        ) : null}
      </span>
    </button>
  );
}
