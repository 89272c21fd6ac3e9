import { SLA_WARNING_SHARE } from '@planbord/domain';

/**
 * The SLA clock of a signal that waits for its first reply: green while there is time, orange in the last 20 % of
 * the norm, red once overdue. It is always told in words too (never by colour alone).
 */
export type SlaTone = 'ok' | 'soon' | 'overdue';

export interface SlaClock {
  tone: SlaTone;
  /** Whole minutes until due (negative: minutes overdue). */
  minutesLeft: number;
}

export function slaClock(
  signal: {
    receivedAt: string;
    firstReplyDueAt: string | null;
    firstReplyAt: string | null;
    /** The server's moment for orange, counted in office minutes where the norm says so; else the calendar's 20 %. */
    slaWarnAt?: string | null;
  },
  now: number,
): SlaClock | null {
  if (!signal.firstReplyDueAt || signal.firstReplyAt) return null;
  const received = Date.parse(signal.receivedAt);
  const due = Date.parse(signal.firstReplyDueAt);
  const minutesLeft = Math.floor((due - now) / 60_000);
  if (now >= due) return { tone: 'overdue', minutesLeft };
  const warnAt = signal.slaWarnAt
    ? Date.parse(signal.slaWarnAt)
    : due - SLA_WARNING_SHARE * Math.max(due - received, 1);
  return { tone: now >= warnAt ? 'soon' : 'ok', minutesLeft };
}

/** Splits a number of minutes into days, hours and minutes for "2 u 15 min". */
export function durationParts(minutes: number): { days: number; hours: number; minutes: number } {
  const total = Math.abs(minutes);
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}
