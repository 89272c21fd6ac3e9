import {
  SENTIMENTS,
  SIGNAL_SOURCES,
  SIGNAL_STATUSES,
  type Sentiment,
  type SignalSource,
  type SignalStatus,
} from '../model/newsroom';

/** The inbox's filters, as the address bar keeps them: a filtered inbox can be bookmarked, shared and reloaded. */
export interface InboxFilters {
  status: SignalStatus[];
  sources: SignalSource[];
  sentiment: Sentiment[];
  themeIds: string[];
  assigneeId: string | null;
  topicId: string | null;
  neighbourhood: string | null;
  needsReply: boolean | null;
  overdue: boolean | null;
  crisis: boolean | null;
  /** Only what a MONITOR decision brings back now. */
  toReview: boolean;
  search: string;
}

/** What the inbox shows when nothing is chosen: what is still to be handled. */
export const OPEN_STATUSES: SignalStatus[] = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_DEPARTMENT'];

const list = <T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] =>
  (params.get(key) ?? '').split(',').filter((value): value is T => (allowed as readonly string[]).includes(value));

const flag = (params: URLSearchParams, key: string): boolean | null => {
  const value = params.get(key);
  return value === 'ja' ? true : value === 'nee' ? false : null;
};

export function parseInboxFilters(params: URLSearchParams): InboxFilters {
  const status = params.get('status');
  return {
    status: status === 'alle' ? [] : status ? list(params, 'status', SIGNAL_STATUSES) : OPEN_STATUSES,
    sources: list(params, 'bron', SIGNAL_SOURCES),
    sentiment: list(params, 'sentiment', SENTIMENTS),
    themeIds: (params.get('thema') ?? '').split(',').filter(Boolean),
    assigneeId: params.get('behandelaar') || null,
    topicId: params.get('onderwerp') || null,
    neighbourhood: params.get('wijk') || null,
    needsReply: flag(params, 'antwoord'),
    overdue: flag(params, 'telaat'),
    crisis: flag(params, 'crisis'),
    toReview: flag(params, 'nakijken') === true,
    search: params.get('zoek') ?? '',
  };
}

export function inboxSearchParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  const sameAsOpen =
    filters.status.length === OPEN_STATUSES.length && OPEN_STATUSES.every((s) => filters.status.includes(s));
  if (!sameAsOpen) params.set('status', filters.status.length ? filters.status.join(',') : 'alle');
  if (filters.sources.length) params.set('bron', filters.sources.join(','));
  if (filters.sentiment.length) params.set('sentiment', filters.sentiment.join(','));
  if (filters.themeIds.length) params.set('thema', filters.themeIds.join(','));
  if (filters.assigneeId) params.set('behandelaar', filters.assigneeId);
  if (filters.topicId) params.set('onderwerp', filters.topicId);
  if (filters.neighbourhood) params.set('wijk', filters.neighbourhood);
  const flags = { antwoord: filters.needsReply, telaat: filters.overdue, crisis: filters.crisis };
  for (const [key, value] of Object.entries(flags)) if (value !== null) params.set(key, value ? 'ja' : 'nee');
  if (filters.toReview) params.set('nakijken', 'ja');
  if (filters.search.trim()) params.set('zoek', filters.search.trim());
  return params;
}

/** The `SignalFilter` the server is asked with; unset filters are left out. */
export function signalFilter(filters: InboxFilters) {
  return {
    status: filters.status.length ? filters.status : null,
    sources: filters.sources.length ? filters.sources : null,
    sentiment: filters.sentiment.length ? filters.sentiment : null,
    themeIds: filters.themeIds.length ? filters.themeIds : null,
    assigneeId: filters.assigneeId,
    topicId: filters.topicId,
    neighbourhood: filters.neighbourhood,
    needsReply: filters.needsReply,
    overdue: filters.overdue,
    crisis: filters.crisis,
    toReview: filters.toReview || null,
    search: filters.search.trim() || null,
  };
}
