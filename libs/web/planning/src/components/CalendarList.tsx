import { formatLocalDate, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, useLocale, useT } from '@planbord/web-ui';
import type { CalendarEntry } from '../lib/calendar-items';
import type { CalendarDate } from '../lib/org-time';
import { CoverageBadge, EventStatusBadge, SlotStatusBadge } from './Badges';

/** The period as a table, one row per item per day, in order: the view for reading and for screen readers. */
export function CalendarList({ days, caption, onOpen, colorLabel }: { days: [CalendarDate, CalendarEntry[]][]; caption: string; onOpen: (entry: CalendarEntry) => void; colorLabel: (entry: CalendarEntry) => string | null }) {
  const t = useT();
  const locale = useLocale();
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
                    {formatLocalDate(date, locale)}
                  </TableHeaderCell>
                ) : null}
                <TableCell className="planbord-nowrap">{entry.time ?? t('calendar.allDayShort')}</TableCell>
                <TableCell>
                  <button type="button" className="planbord-link-button" onClick={() => onOpen(entry)}>
                    {entry.title}
                  </button>
                  {colorLabel(entry) ? <div className="planbord-muted planbord-small">{colorLabel(entry)}</div> : null}
                </TableCell>
                <TableCell>{t(`calendar.kind.${entry.kind}`)}</TableCell>
                <TableCell>
                  <span className="planbord-badge-row">
                    {entry.event ? <CoverageBadge coverage={entry.event.coverage} /> : null}
                    {entry.event && entry.event.status !== 'PLANNED' ? <EventStatusBadge status={entry.event.status} /> : null}
                    {entry.slot ? <SlotStatusBadge status={entry.slot.status} /> : null}
                  </span>
                </TableCell>
                <TableCell>{entry.people.map((person) => person.name).join(', ') || <span className="planbord-muted">{t('calendar.nobody')}</span>}</TableCell>
              </TableRow>
            )),
          )}
        </TableBody>
    </Table>
  );
}
