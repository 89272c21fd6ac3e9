import { useId } from 'react';
import { Heading, useFormat, type CalendarDate } from '@planbord/web-ui';
import { useT } from '../i18n';
import type { CalendarEntry } from '../lib/calendar-items';
import { CalendarItemButton } from './CalendarItemButton';

export interface CalendarAgendaProps {
  /** The days to show, in order, each with its items in the calendar's order. */
  days: [CalendarDate, CalendarEntry[]][];
  /** Days without items are left out (month and list), or shown as "niets gepland" (week). */
  showEmptyDays: boolean;
  today: CalendarDate;
  labelledBy: string;
  onOpen: (entry: CalendarEntry) => void;
  colorLabel: (entry: CalendarEntry) => string | null;
  postLinks: boolean;
  /** Public holidays of the planning country in the period, by date: their names are marked under the date. */
  holidays?: ReadonlyMap<CalendarDate, string>;
}

/**
 * The period as an agenda, grouped by day: what a phone shows instead of the grid or the table. Every item is a
 * full-width, touch-sized button (or a link for posts), in the calendar's one order.
 */
export function CalendarAgenda({
  days,
  showEmptyDays,
  today,
  holidays,
  labelledBy,
  onOpen,
  colorLabel,
  postLinks,
}: CalendarAgendaProps) {
  const t = useT();
  const { formatLocalDate } = useFormat();
  const idPrefix = useId();
  const shown = showEmptyDays ? days : days.filter(([, entries]) => entries.length > 0);
  return (
    <section className="planbord-agenda" aria-labelledby={labelledBy}>
      {shown.map(([date, entries]) => {
        const headingId = `${idPrefix}-${date}`;
        return (
          <section
            key={date}
            className={`planbord-agenda__day${date === today ? ' planbord-agenda__day--today' : ''}`}
            aria-labelledby={headingId}
            data-date={date}
          >
            <Heading level={3} id={headingId} className="planbord-agenda__date">
              {formatLocalDate(date)}
              {date === today ? <span className="planbord-agenda__today">{t('calendar.todayMark')}</span> : null}
              {holidays?.get(date) ? <span className="planbord-calendar__holiday">{holidays.get(date)}</span> : null}
            </Heading>
            {entries.length ? (
              <ul className="planbord-agenda__items">
                {entries.map((entry) => (
                  <li key={entry.key}>
                    <CalendarItemButton
                      entry={entry}
                      colorLabel={colorLabel(entry)}
                      onOpen={onOpen}
                      draggable={false}
                      tabIndex={0}
                      roomy
                      postLinks={postLinks}
                    />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="planbord-muted planbord-agenda__empty">{t('calendar.dayEmpty')}</p>
            )}
          </section>
        );
      })}
    </section>
  );
}
