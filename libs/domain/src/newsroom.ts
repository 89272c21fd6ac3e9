import { canTransition } from './planning';
import { check, rules, type FieldIssues } from './validation';

/** Where a resident, the press or a colleague said something. */
export const SIGNAL_SOURCES = [
  'FACEBOOK',
  'INSTAGRAM',
  'X',
  'LINKEDIN',
  'YOUTUBE',
  'TIKTOK',
  'WHATSAPP',
  'MASTODON',
  'BLUESKY',
  'THREADS',
  'NEWS_SITE',
  'EMAIL',
  'PHONE',
  'COUNTER',
  'WEBSITE_FORM',
  'OTHER',
] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

export const SIGNAL_STATUSES = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_DEPARTMENT', 'DONE', 'DISMISSED'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

export const SENTIMENTS = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const ACTION_KINDS = [
  'INFORM_COLLEAGUE',
  'REQUEST_DATA',
  'ENVIRONMENT_ANALYSIS',
  'SOCIAL_POST',
  'UPDATE_WEBSITE',
  'MONITOR',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const TOPIC_STATUSES = ['OPEN', 'CLOSED'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];

export const INGEST_SOURCE_KINDS = ['WEBHOOK', 'RSS'] as const;
export type IngestSourceKind = (typeof INGEST_SOURCE_KINDS)[number];

/**
 * The life of a signal. A person marks it DONE (nothing closes one by itself); a question to a department makes it
 * wait, and the answer brings it back IN_PROGRESS for someone to follow up; only what has not been handled can be
 * dismissed (with a reason).
 */
export const SIGNAL_TRANSITIONS: Record<SignalStatus, readonly SignalStatus[]> = {
  NEW: ['IN_PROGRESS', 'DISMISSED'],
  IN_PROGRESS: ['DONE', 'WAITING_FOR_DEPARTMENT', 'DISMISSED'],
  WAITING_FOR_DEPARTMENT: ['IN_PROGRESS'],
  DONE: [],
  DISMISSED: [],
};

export function canTransitionSignal(from: SignalStatus, to: SignalStatus): boolean {
  return canTransition(SIGNAL_TRANSITIONS, from, to);
}

/**
 * The status a signal takes when someone works on it (triage: themes, assignee, priority, ...): a NEW signal is
 * picked up (IN_PROGRESS); in any other state triage changes nothing about its status.
 */
export function statusAfterTriage(status: SignalStatus): SignalStatus {
  return status === 'NEW' ? 'IN_PROGRESS' : status;
}

/** Whether a signal still waits for its first reply past its due time. */
export function isSignalOverdue(
  signal: {
    needsReply: boolean;
    firstReplyAt: Date | null;
    firstReplyDueAt: Date | null;
    status: SignalStatus;
  },
  now: Date = new Date(),
): boolean {
  return (
    signal.needsReply &&
    !signal.firstReplyAt &&
    !!signal.firstReplyDueAt &&
    signal.status !== 'DISMISSED' &&
    signal.status !== 'DONE' &&
    signal.firstReplyDueAt.getTime() < now.getTime()
  );
}

export const NEWSROOM_LIMITS = {
  body: 20_000,
  url: 1000,
  author: 200,
  externalId: 300,
  neighbourhood: 120,
  keyword: 80,
  keywords: 50,
  topicTitle: 200,
  /** Signals per page of `signals`, and per ingest batch. */
  page: 200,
  batch: 500,
  search: 200,
} as const;

/**
 * Is a topic's volume rising sharply? The last 24 hours hold at least three signals and at least twice as many as the
 * 24 hours before (a topic that appears out of nothing with three messages in a day counts as rising).
 */
export function isRising(last24h: number, previous24h: number): boolean {
  return last24h >= 3 && last24h >= 2 * previous24h;
}

/** Splits a theme rule's keywords: trimmed, without empties and duplicates (case-insensitive). */
export function normaliseKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of keywords) {
    const keyword = raw.trim().replace(/\s+/g, ' ');
    if (!keyword || seen.has(keyword.toLowerCase())) continue;
    seen.add(keyword.toLowerCase());
    result.push(keyword);
  }
  return result;
}

/** A signal as it comes in: by hand, from a webhook, a feed or a file. */
export interface SignalFields {
  source?: string | null;
  externalId?: string | null;
  url?: string | null;
  authorName?: string | null;
  authorHandle?: string | null;
  body?: string | null;
  receivedAt?: Date | string | null;
  neighbourhood?: string | null;
  priority?: string | null;
}

/**
 * The field problems of an incoming signal. `receivedAt` may not lie in the future (a minute of clock difference is
 * allowed); an address is an http(s) URL.
 */
export function checkSignal(input: SignalFields, now: Date = new Date()): FieldIssues {
  const issues = check(input, {
    source: rules.oneOf(SIGNAL_SOURCES, { required: true }),
    externalId: rules.text(NEWSROOM_LIMITS.externalId),
    url: rules.text(NEWSROOM_LIMITS.url),
    authorName: rules.text(NEWSROOM_LIMITS.author),
    authorHandle: rules.text(NEWSROOM_LIMITS.author),
    body: rules.text(NEWSROOM_LIMITS.body, { required: true }),
    neighbourhood: rules.text(NEWSROOM_LIMITS.neighbourhood),
    priority: rules.oneOf(PRIORITIES),
  });
  if (input.url && !issues.url && !/^https?:\/\/\S+$/i.test(input.url.trim())) issues.url = { code: 'invalidChoice' };
  if (input.receivedAt != null) {
    const at = input.receivedAt instanceof Date ? input.receivedAt : new Date(input.receivedAt);
    if (Number.isNaN(at.getTime())) issues.receivedAt = { code: 'invalidDate' };
    else if (at.getTime() > now.getTime() + 60_000) issues.receivedAt = { code: 'notAllowed' };
  }
  return issues;
}
