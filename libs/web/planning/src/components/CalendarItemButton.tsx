import type { CSSProperties, DragEvent } from 'react';
import { Link } from 'react-router-dom';
import type { CalendarPostFieldsFragment } from '@planbord/web-graphql';
import { Initials, PostStatusBadge, VisuallyHidden } from '@planbord/web-ui';
import { useT } from '../i18n';
import { entryLabel } from '../lib/describe';
import { postPath, type CalendarEntry } from '../lib/calendar-items';
import { ChannelMark, CoverageBadge, SlotStatusBadge } from './Badges';

export const DRAG_TYPE = 'application/x-planbord-item';

export interface CalendarItemButtonProps {
  entry: CalendarEntry;
  colorLabel: string | null;
  onOpen: (entry: CalendarEntry) => void;
  draggable: boolean;
  tabIndex: number;
  /** Week view: the title wraps instead of being cut off. */
  roomy?: boolean;
  /** Whether a post is a link to its editor (the team) or only shown (liaisons, who cannot open posts). */
  postLinks?: boolean;
}

/**
 * One event or slot in a day: a button that opens the drawer, and for planners something to drag to another day. A
 * post is a link to its editor instead, never dragged.
 */
export function CalendarItemButton({
  entry,
  colorLabel,
  onOpen,
  draggable,
  tabIndex,
  roomy = false,
  postLinks = false,
}: CalendarItemButtonProps) {
  const t = useT();
  if (entry.post)
    return <PostItem entry={entry} post={entry.post} tabIndex={tabIndex} roomy={roomy} link={postLinks} />;
  const style = entry.colorOf
    ? ({ '--planbord-calendar-item-accent': entry.colorOf.color } as CSSProperties)
    : undefined;
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
      </span>{' '}
      <span className="planbord-calendar-item__meta">
        {entry.event ? <CoverageBadge coverage={entry.event.coverage} /> : null}
        {entry.slot ? (
          <>
            <span className="planbord-calendar-item__kind">{t(`calendar.kind.${entry.kind}`)}</span>{' '}
            <SlotStatusBadge status={entry.slot.status} />
          </>
        ) : null}
        {entry.people.length ? (
          <span className="planbord-calendar-item__people" aria-hidden="true">
            {entry.people.slice(0, 3).map((person) => (
              <Initials key={person.id} name={person.name} />
            ))}
            {entry.people.length > 3 ? (
              <span className="planbord-calendar-item__more-people">+{entry.people.length - 3}</span>
            ) : null}
          </span>
        ) : null}
      </span>
    </button>
  );
}

/** A post in a day: coloured by its status, marked with its channel, and with a clear mark when crisis mode holds it. */
function PostItem({
  entry,
  post,
  tabIndex,
  roomy,
  link,
}: {
  entry: CalendarEntry;
  post: CalendarPostFieldsFragment;
  tabIndex: number;
  roomy: boolean;
  link: boolean;
}) {
  const t = useT();
  const label = entryLabel(entry, t, null);
  const className = [
    'planbord-calendar-item',
    'planbord-calendar-item--post',
    `planbord-calendar-item--post-${post.status.toLowerCase().replace(/_/g, '-')}`,
    post.onHold && 'planbord-calendar-item--held',
    roomy && 'planbord-calendar-item--roomy',
    !link && 'planbord-calendar-item--static',
  ]
    .filter(Boolean)
    .join(' ');
  const content = (
    <>
      <span className="planbord-calendar-item__line">
        <span className="planbord-calendar-item__time">{entry.time}</span>{' '}
        <span className="planbord-calendar-item__title">{entry.title}</span>
      </span>{' '}
      <span className="planbord-calendar-item__meta">
        <ChannelMark kind={post.channel.kind} decorative />{' '}
        <PostStatusBadge status={post.status} heldLabel={post.onHold ? t('calendar.post.onHold') : null} />
      </span>
    </>
  );
  if (!link) {
    return (
      <span className={className} data-item={entry.key} title={entry.title}>
        <VisuallyHidden>{label}</VisuallyHidden>
        <span className="planbord-calendar-item__shown" aria-hidden="true">
          {content}
        </span>
      </span>
    );
  }
  return (
    <Link
      to={postPath(post.id)}
      className={className}
      aria-label={label}
      title={entry.title}
      tabIndex={tabIndex}
      draggable={false}
      data-item={entry.key}
    >
      {content}
    </Link>
  );
}
