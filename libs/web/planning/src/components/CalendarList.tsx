import { Link } from 'react-router-dom';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useFormat,
  PostStatusBadge,
  type CalendarDate,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { postPath, type CalendarEntry } from '../lib/calendar-items';
import { ChannelMark, CoverageBadge, EventStatusBadge, SlotStatusBadge } from './Badges';

export interface CalendarListProps {
  days: [CalendarDate, CalendarEntry[]][];
  caption: string;
  onOpen: (entry: CalendarEntry) => void;
  colorLabel: (entry: CalendarEntry) => string | null;
  /** Posts link to their editor (for those who may open posts). */
  postLinks: boolean;
  /** Public holidays of the planning country in the period, by date: their names are marked beside the date. */
  holidays?: ReadonlyMap<CalendarDate, string>;
}

/** The period as a table, one row per item per day, in order: the view for reading and for screen readers. */
export function CalendarList({ days, caption, onOpen, colorLabel, postLinks, holidays }: CalendarListProps) {
  const t = useT();
  const { formatLocalDate } = useFormat();
  return (
    <Table caption={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('calendar.list.date')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('calendar.list.time')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('calendar.list.what')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('calendar.list.kind')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('calendar.list.state')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('calendar.list.people')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {days.flatMap(([date, entries]) =>
          entries.map((entry, index) => (
            <TableRow key={`${date}-${entry.key}`}>
              {index === 0 ? (
                <TableHeaderCell scope="row" rowSpan={entries.length} className="planbord-calendar-list__date">
                  {formatLocalDate(date)}
                  {holidays?.get(date) ? (
                    <span className="planbord-calendar__holiday">{holidays.get(date)}</span>
                  ) : null}
                </TableHeaderCell>
              ) : null}
              <TableCell className="planbord-nowrap">{entry.time ?? t('calendar.allDayShort')}</TableCell>
              <TableCell>
                {entry.post ? (
                  postLinks ? (
                    <Link className="planbord-link-button" to={postPath(entry.post.id)}>
                      {entry.title}
                    </Link>
                  ) : (
                    <strong>{entry.title}</strong>
                  )
                ) : (
                  <button type="button" className="planbord-link-button" onClick={() => onOpen(entry)}>
                    {entry.title}
                  </button>
                )}
                {colorLabel(entry) ? <div className="planbord-muted planbord-small">{colorLabel(entry)}</div> : null}
                {entry.post ? <div className="planbord-muted planbord-small">{entry.post.channel.name}</div> : null}
              </TableCell>
              <TableCell>
                {entry.post ? (
                  <span className="planbord-badge-row">
                    {t('calendar.kind.post')} <ChannelMark kind={entry.post.channel.kind} />
                  </span>
                ) : (
                  t(`calendar.kind.${entry.kind}`)
                )}
              </TableCell>
              <TableCell>
                <span className="planbord-badge-row">
                  {entry.event ? <CoverageBadge coverage={entry.event.coverage} /> : null}
                  {entry.event && entry.event.status !== 'PLANNED' ? (
                    <EventStatusBadge status={entry.event.status} />
                  ) : null}
                  {entry.slot ? <SlotStatusBadge status={entry.slot.status} /> : null}
                  {entry.post ? (
                    <PostStatusBadge
                      status={entry.post.status}
                      heldLabel={entry.post.onHold ? t('calendar.post.onHold') : null}
                    />
                  ) : null}
                </span>
              </TableCell>
              <TableCell>
                {entry.post
                  ? null
                  : entry.people.map((person) => person.name).join(', ') || (
                      <span className="planbord-muted">{t('calendar.nobody')}</span>
                    )}
              </TableCell>
            </TableRow>
          )),
        )}
      </TableBody>
    </Table>
  );
}
