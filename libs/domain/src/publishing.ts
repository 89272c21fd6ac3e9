import { CHANNEL_LIMITS, type ChannelKind } from './channels';
import { isTeam, type Locale, type Role } from './roles';

export const POST_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
  'CANCELLED',
] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** The posts a liaison sees: only what went out. */
export const LIAISON_VISIBLE_POST_STATUSES: readonly PostStatus[] = ['PUBLISHED'];

/** The media team sees every post; a liaison only published ones. */
export function postVisibleTo(viewer: { role: Role }, post: { status: PostStatus }): boolean {
  return isTeam(viewer.role) || LIAISON_VISIBLE_POST_STATUSES.includes(post.status);
}

/**
 * The post life cycle. Editing an approved or scheduled post sends it back to review (APPROVED/SCHEDULED →
 * IN_REVIEW); anything before publication can be cancelled; a published post is final.
 */
export const POST_TRANSITIONS: Record<PostStatus, readonly PostStatus[]> = {
  DRAFT: ['IN_REVIEW', 'CANCELLED'],
  IN_REVIEW: ['APPROVED', 'CHANGES_REQUESTED', 'CANCELLED'],
  CHANGES_REQUESTED: ['IN_REVIEW', 'CANCELLED'],
  APPROVED: ['SCHEDULED', 'IN_REVIEW', 'CANCELLED'],
  SCHEDULED: ['PUBLISHED', 'IN_REVIEW', 'CANCELLED'],
  PUBLISHED: [],
  CANCELLED: [],
};

export const REVIEW_DECISIONS = ['APPROVE', 'REQUEST_CHANGES'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The status a post goes to when its text or channel is edited. */
export function statusAfterEdit(status: PostStatus): PostStatus {
  return status === 'APPROVED' || status === 'SCHEDULED' ? 'IN_REVIEW' : status;
}

/** Channels where a post without an image or video makes no sense. */
export const MEDIA_ONLY_CHANNELS: readonly ChannelKind[] = ['INSTAGRAM', 'TIKTOK', 'YOUTUBE'];

export type PostWarning =
  | { code: 'tooLong'; limit: number; length: number; channel: string }
  | { code: 'needsMedia'; channel: string }
  | { code: 'outsideEventDay' }
  | { code: 'plannedInPast' };

export interface PostForWarnings {
  body: string;
  mediaUrls: readonly string[];
  plannedAt: Date | null;
  status: PostStatus;
  channel: { kind: ChannelKind; name: string };
  /** Local dates (YYYY-MM-DD) the event runs on, first and last. */
  eventDays?: { first: string; last: string } | null;
  /** Local date of plannedAt. */
  plannedDay?: string | null;
}

/** Characters as a person counts them (emoji and accented letters count once). */
export function characterCount(text: string): number {
  return [...text].length;
}

/** Warnings, never errors: the editor may have good reasons. */
export function postWarnings(post: PostForWarnings, now = new Date()): PostWarning[] {
  const warnings: PostWarning[] = [];
  const limit = CHANNEL_LIMITS[post.channel.kind];
  const length = characterCount(post.body);
  if (limit && length > limit) warnings.push({ code: 'tooLong', limit, length, channel: post.channel.name });
  if (MEDIA_ONLY_CHANNELS.includes(post.channel.kind) && post.mediaUrls.length === 0)
    warnings.push({ code: 'needsMedia', channel: post.channel.name });
  if (
    post.eventDays &&
    post.plannedDay &&
    (post.plannedDay < post.eventDays.first || post.plannedDay > post.eventDays.last)
  )
    warnings.push({ code: 'outsideEventDay' });
  if (post.plannedAt && post.plannedAt < now && post.status !== 'PUBLISHED' && post.status !== 'CANCELLED')
    warnings.push({ code: 'plannedInPast' });
  return warnings;
}

export function describeWarning(warning: PostWarning, locale: Locale): string {
  const nl = locale === 'nl';
  // Numbers the language's way: "63.206" in Dutch.
  const number = (value: number) => new Intl.NumberFormat(nl ? 'nl-NL' : 'en-GB').format(value);
  switch (warning.code) {
    case 'tooLong':
      return nl
        ? `Te lang voor ${warning.channel}: ${number(warning.length)} van maximaal ${number(warning.limit)} tekens.`
        : `Too long for ${warning.channel}: ${number(warning.length)} of at most ${number(warning.limit)} characters.`;
    case 'needsMedia':
      return nl
        ? `${warning.channel} vraagt om een afbeelding of video.`
        : `${warning.channel} needs an image or video.`;
    case 'outsideEventDay':
      return nl ? 'Gepland buiten de dag(en) van het evenement.' : 'Planned outside the day(s) of the event.';
    case 'plannedInPast':
      return nl ? 'Het geplande moment ligt in het verleden.' : 'The planned moment lies in the past.';
  }
}

export const NOTIFICATION_KINDS = [
  'ASSIGNED',
  'REVIEW_REQUESTED',
  'CHANGES_REQUESTED',
  'POST_APPROVED',
  'REQUEST_DECIDED',
  'MENTIONED',
  'CRISIS_SWITCHED',
  'CHANNEL_APPROVED',
  'CHANNEL_DECLINED',
  'WEBCARE_ON_CALL',
  'NEWSROOM_QUESTION',
  'QUESTION_ANSWERED',
  'MONITOR_DUE',
  'WEBHOOK_DISABLED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** Which way a decision or a switch went. */
export type NotificationOutcome = 'ACCEPTED' | 'DECLINED' | 'ON' | 'OFF' | 'URGENT' | 'OVERDUE';
