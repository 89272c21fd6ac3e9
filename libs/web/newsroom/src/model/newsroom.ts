/**
 * The newsroom's words (DESIGN §7) and the shapes its components show. The generated query types fit these shapes, so
 * a component takes what a query returns without copying it.
 */
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

/** What the KCC notes by hand: the sources that come in without a monitoring tool. */
export const MANUAL_SOURCES: readonly SignalSource[] = ['PHONE', 'COUNTER', 'EMAIL', 'WEBSITE_FORM', 'OTHER'];

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

/** A signal may be dismissed only while nobody has finished it (DESIGN §7's states). */
export const DISMISSABLE: readonly SignalStatus[] = ['NEW', 'IN_PROGRESS'];

export interface PersonRef {
  id: string;
  name: string;
}
export interface ThemeRef {
  id: string;
  name: string;
  color: string;
}

/** A signal as the inbox and the webcare queue list it. */
export interface SignalSummary {
  id: string;
  version: number;
  source: SignalSource;
  url: string | null;
  authorName: string | null;
  authorHandle: string | null;
  body: string;
  receivedAt: string;
  status: SignalStatus;
  priority: Priority;
  sentiment: Sentiment | null;
  needsReply: boolean;
  overdue: boolean;
  crisis: boolean;
  neighbourhood: string | null;
  firstReplyAt: string | null;
  firstReplyDueAt: string | null;
  assignee: PersonRef | null;
  themes: readonly ThemeRef[];
  topic: { id: string; title: string } | null;
}

export interface ReplyView {
  id: string;
  body: string;
  author: PersonRef;
  sentAt: string;
  url: string | null;
  minutes: number;
  officeMinutes: number;
}

export interface ActionView {
  id: string;
  version: number;
  kind: ActionKind;
  status: ActionStatus;
  owner: PersonRef | null;
  department: { id: string; name: string } | null;
  dueAt: string | null;
  reviewAt: string | null;
  note: string | null;
  result: string | null;
  post: { id: string; title: string; status: string; plannedAt: string | null } | null;
  answer: string | null;
  answeredBy: PersonRef | null;
  answeredAt: string | null;
  createdBy: PersonRef;
  createdAt: string;
}

/** A signal opened in the drawer: everything known about it. */
export interface SignalDetail extends SignalSummary {
  externalId: string | null;
  channel: { id: string; name: string } | null;
  suggestedThemes: readonly { theme: ThemeRef; matched: string }[];
  replies: readonly ReplyView[];
  actions: readonly ActionView[];
}

export interface ReplyTemplateView {
  id: string;
  name: string;
  body: string;
  active: boolean;
  themes: readonly ThemeRef[];
}
