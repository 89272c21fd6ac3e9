/**
 * The newsroom's words (DESIGN §7) and the shapes its components show. The generated query types fit these shapes, so
 * a component takes what a query returns without copying it.
 */
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  PRIORITIES,
  SENTIMENTS,
  SIGNAL_SOURCES,
  SIGNAL_STATUSES,
  canTransitionSignal,
  type ActionKind,
  type ActionStatus,
  type Priority,
  type Sentiment,
  type SignalSource,
  type SignalStatus,
} from '@planbord/domain';

export { ACTION_KINDS, ACTION_STATUSES, PRIORITIES, SENTIMENTS, SIGNAL_SOURCES, SIGNAL_STATUSES };
export type { ActionKind, ActionStatus, Priority, Sentiment, SignalSource, SignalStatus };

/** What the KCC notes by hand: the sources that come in without a monitoring tool. */
export const MANUAL_SOURCES: readonly SignalSource[] = ['PHONE', 'COUNTER', 'EMAIL', 'WEBSITE_FORM', 'OTHER'];

/** The states a signal may be set aside from, and marked done from (the domain's state table decides). */
export const DISMISSABLE: readonly SignalStatus[] = SIGNAL_STATUSES.filter((status) =>
  canTransitionSignal(status, 'DISMISSED'),
);
export const COMPLETABLE: readonly SignalStatus[] = SIGNAL_STATUSES.filter((status) =>
  canTransitionSignal(status, 'DONE'),
);

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
  /** When the reply clock turns orange (the last 20 % of the norm, in the norm's own minutes). */
  slaWarnAt: string | null;
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
  suggestedThemes: readonly { theme: ThemeRef; keyword: string; matched: string }[];
  replies: readonly ReplyView[];
  actions: readonly ActionView[];
  similarSignals: readonly { id: string; body: string; receivedAt: string; source: SignalSource }[];
}

export interface ReplyTemplateView {
  id: string;
  name: string;
  body: string;
  active: boolean;
  themes: readonly ThemeRef[];
}
