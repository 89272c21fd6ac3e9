import { useEffect, useState } from 'react';
import { StatusBadge, type BadgeStatus } from '@planbord/web-ui';
import { useT } from '../i18n';
import { durationParts, slaClock, type SlaTone } from '../lib/sla';
import type { Priority, SignalStatus, SignalSummary } from '../model/newsroom';

const STATUS_TONE: Record<SignalStatus, BadgeStatus> = {
  NEW: 'warning',
  IN_PROGRESS: 'neutral',
  WAITING_FOR_DEPARTMENT: 'neutral',
  DONE: 'success',
  DISMISSED: 'inactive',
};
const PRIORITY_TONE: Record<Priority, BadgeStatus> = {
  LOW: 'inactive',
  NORMAL: 'neutral',
  HIGH: 'warning',
  URGENT: 'danger',
};
const SLA_TONE: Record<SlaTone, BadgeStatus> = { ok: 'success', soon: 'warning', overdue: 'danger' };

/** The time now, once a minute: enough for a clock that counts in minutes. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** "2 u 15 min" / "1 d 3 u". */
export function useDuration() {
  const t = useT();
  return (minutes: number) => {
    const { days, hours, minutes: rest } = durationParts(minutes);
    if (days) return t('newsroom.duration.days', { days, hours });
    if (hours) return t('newsroom.duration.hours', { hours, minutes: rest });
    return t('newsroom.duration.minutes', { minutes: rest });
  };
}

/** The first-reply clock: its colour, and always its words. */
export function SlaClockBadge({ signal, now }: { signal: SignalSummary; now: number }) {
  const t = useT();
  const duration = useDuration();
  const clock = slaClock(signal, now);
  if (!clock) return null;
  const text =
    clock.tone === 'overdue'
      ? t('newsroom.sla.overdue', { time: duration(-clock.minutesLeft) })
      : t(clock.tone === 'soon' ? 'newsroom.sla.soon' : 'newsroom.sla.ok', { time: duration(clock.minutesLeft) });
  return (
    <span className={`planbord-sla planbord-sla--${clock.tone}`}>
      <StatusBadge status={SLA_TONE[clock.tone]}>{text}</StatusBadge>
    </span>
  );
}

export function SignalStatusBadge({ status }: { status: SignalStatus }) {
  const t = useT();
  return <StatusBadge status={STATUS_TONE[status]}>{t(`newsroom.status.${status}`)}</StatusBadge>;
}

/** Status, priority (when not normal), crisis and the themes of a signal. */
export function SignalBadges({ signal }: { signal: SignalSummary }) {
  const t = useT();
  return (
    <span className="planbord-signal-badges">
      <StatusBadge status="neutral">{t(`newsroom.source.${signal.source}`)}</StatusBadge>
      <SignalStatusBadge status={signal.status} />
      {signal.priority !== 'NORMAL' ? (
        <StatusBadge status={PRIORITY_TONE[signal.priority]}>{t(`newsroom.priority.${signal.priority}`)}</StatusBadge>
      ) : null}
      {signal.crisis ? <StatusBadge status="danger">{t('newsroom.crisis')}</StatusBadge> : null}
      {signal.sentiment ? (
        <StatusBadge status="inactive">{t(`newsroom.sentiment.${signal.sentiment}`)}</StatusBadge>
      ) : null}
      {signal.themes.map((theme) => (
        <StatusBadge key={theme.id} status="neutral">
          {theme.name}
        </StatusBadge>
      ))}
    </span>
  );
}

/** Who wrote it: the name and the handle, or that it is unknown (or erased). */
export function authorLine(signal: Pick<SignalSummary, 'authorName' | 'authorHandle'>, unknown: string): string {
  const parts = [signal.authorName, signal.authorHandle].filter(Boolean);
  return parts.length ? parts.join(' · ') : unknown;
}
