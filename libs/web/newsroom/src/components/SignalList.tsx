import { useEffect, useRef } from 'react';
import { useFormat } from '@planbord/web-ui';
import { useT } from '../i18n';
import type { SignalSummary } from '../model/newsroom';
import { authorLine, SignalBadges, SlaClockBadge } from './SignalBadges';

export interface SignalListProps {
  signals: readonly SignalSummary[];
  /** The row the keyboard is on (j/k move it); it has the focus while the list has. */
  activeId: string | null;
  /** Moves the focus to the active row when it changes (not on the first render, nor after a reload of the list). */
  focusActive: boolean;
  onActivate: (id: string) => void;
  onOpen: (id: string) => void;
  now: number;
  label: string;
}

/**
 * The signals, one button per row (a roving tab stop: Tab enters the list on the active row, j/k or the arrows move).
 * The row shows what was said, by whom, where, when, and the reply clock.
 */
export function SignalList({ signals, activeId, focusActive, onActivate, onOpen, now, label }: SignalListProps) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const list = useRef<HTMLOListElement>(null);
  const tabStop = activeId ?? signals[0]?.id ?? null;

  useEffect(() => {
    if (!focusActive || !activeId) return;
    list.current?.querySelector<HTMLElement>(`[data-signal-id="${CSS.escape(activeId)}"]`)?.focus();
  }, [activeId, focusActive]);

  return (
    <ol className="planbord-signal-list" ref={list} aria-label={label}>
      {signals.map((signal) => (
        <li key={signal.id} className="planbord-signal-list__item">
          <button
            type="button"
            className={`planbord-signal-row${signal.id === activeId ? ' planbord-signal-row--active' : ''}`}
            data-signal-id={signal.id}
            tabIndex={signal.id === tabStop ? 0 : -1}
            aria-current={signal.id === activeId ? 'true' : undefined}
            onFocus={() => onActivate(signal.id)}
            onClick={() => onOpen(signal.id)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
              event.preventDefault();
              const index = signals.findIndex((s) => s.id === signal.id) + (event.key === 'ArrowDown' ? 1 : -1);
              const next = signals[index];
              if (next) list.current?.querySelector<HTMLElement>(`[data-signal-id="${CSS.escape(next.id)}"]`)?.focus();
            }}
          >
            <span className="planbord-signal-row__body">{signal.body}</span>
            <span className="planbord-signal-row__meta">
              <span>{authorLine(signal, t('newsroom.author.unknown'))}</span>
              <span>
                <time dateTime={signal.receivedAt}>{formatDateTime(signal.receivedAt, { weekday: false })}</time>
              </span>
              {signal.assignee ? <span>{t('newsroom.assignedTo', { name: signal.assignee.name })}</span> : null}
              {signal.topic ? <span>{t('newsroom.inTopic', { title: signal.topic.title })}</span> : null}
            </span>
            <span className="planbord-signal-row__badges">
              <SignalBadges signal={signal} />
              {signal.needsReply ? <SlaClockBadge signal={signal} now={now} /> : null}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
