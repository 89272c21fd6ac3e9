import type { SignalDetail } from '../model/newsroom';

export type TimelineEntry =
  | { kind: 'received'; at: string }
  | { kind: 'reply'; at: string; by: string }
  | { kind: 'decision'; at: string; by: string; action: SignalDetail['actions'][number]['kind'] }
  | { kind: 'answer'; at: string; by: string; department: string };

/** What happened to a signal, oldest first: its arrival, each answer given, each decision and each department answer. */
export function signalTimeline(signal: Pick<SignalDetail, 'receivedAt' | 'replies' | 'actions'>): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ kind: 'received', at: signal.receivedAt }];
  for (const reply of signal.replies) entries.push({ kind: 'reply', at: reply.sentAt, by: reply.author.name });
  for (const action of signal.actions) {
    entries.push({ kind: 'decision', at: action.createdAt, by: action.createdBy.name, action: action.kind });
    if (action.answeredAt)
      entries.push({
        kind: 'answer',
        at: action.answeredAt,
        by: action.answeredBy?.name ?? '—',
        department: action.department?.name ?? '—',
      });
  }
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
