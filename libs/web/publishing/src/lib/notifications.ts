import type { MessageKey } from '../i18n';
import { calendarItemHref, postHref } from './my-work';

export interface NotificationLike {
  kind: string;
  entityType: string;
  entityId: string | null;
  subject: string;
  /** Which way a decision or a switch went. */
  outcome?: string | null;
  actorName: string | null;
}

/** The page where proposers follow their channel proposals (the identity feature's). */
const CHANNEL_PROPOSALS_PATH = '/kanaalvoorstellen';
/** Where a liaison finds the newsroom's questions to their department, and where the newsroom opens a signal or a topic. */
const REQUESTS_PATH = '/aanvragen';
const NEWSROOM_PATH = '/nieuwsroom';
/** Where an administrator finds a webhook that was switched off (the integrations feature's page). */
const WEBHOOKS_PATH = '/beheer/webhooks';

const SENTENCES: Record<string, MessageKey> = {
  ASSIGNED: 'notifications.kind.ASSIGNED',
  REVIEW_REQUESTED: 'notifications.kind.REVIEW_REQUESTED',
  CHANGES_REQUESTED: 'notifications.kind.CHANGES_REQUESTED',
  POST_APPROVED: 'notifications.kind.POST_APPROVED',
  REQUEST_DECIDED: 'notifications.kind.REQUEST_DECIDED',
  MENTIONED: 'notifications.kind.MENTIONED',
  CRISIS_SWITCHED: 'notifications.kind.CRISIS_SWITCHED',
  CHANNEL_APPROVED: 'notifications.kind.CHANNEL_APPROVED',
  CHANNEL_DECLINED: 'notifications.kind.CHANNEL_DECLINED',
  WEBCARE_ON_CALL: 'notifications.kind.WEBCARE_ON_CALL',
  NEWSROOM_QUESTION: 'notifications.kind.NEWSROOM_QUESTION',
  QUESTION_ANSWERED: 'notifications.kind.QUESTION_ANSWERED',
  MONITOR_DUE: 'notifications.kind.MONITOR_DUE',
  WEBHOOK_DISABLED: 'notifications.kind.WEBHOOK_DISABLED',
};
/** What was decided, or which way a switch went, said in so many words. */
const OUTCOMES: Record<string, Record<string, MessageKey>> = {
  REQUEST_DECIDED: { ACCEPTED: 'notifications.kind.REQUEST_ACCEPTED', DECLINED: 'notifications.kind.REQUEST_DECLINED' },
  CRISIS_SWITCHED: { ON: 'notifications.kind.CRISIS_ON', OFF: 'notifications.kind.CRISIS_OFF' },
  WEBCARE_ON_CALL: {
    URGENT: 'notifications.kind.WEBCARE_URGENT',
    OVERDUE: 'notifications.kind.WEBCARE_OVERDUE',
  },
};

/** The message and its parameters for one notification: "{actor} vroeg om aanpassingen aan ‘{subject}’". */
export function notificationMessage(
  notification: NotificationLike,
  someone: string,
): { key: MessageKey; params: Record<string, string> } {
  return {
    key:
      (notification.outcome ? OUTCOMES[notification.kind]?.[notification.outcome] : undefined) ??
      SENTENCES[notification.kind] ??
      'notifications.kind.other',
    params: { actor: notification.actorName?.trim() || someone, subject: notification.subject },
  };
}

/** Where a notification leads: the post editor, the calendar item, the request list, the signal; nowhere for a crisis switch. */
export function notificationHref(notification: NotificationLike): string | null {
  const id = notification.entityId;
  if (!id) return null;
  switch (notification.entityType) {
    case 'Post':
      return postHref(id);
    case 'Event':
      return notification.kind === 'REQUEST_DECIDED' ? `/aanvragen?aanvraag=${id}` : calendarItemHref('event', id);
    case 'Slot':
      return calendarItemHref('slot', id);
    case 'Channel':
      return CHANNEL_PROPOSALS_PATH;
    case 'NewsroomAction':
      return REQUESTS_PATH;
    case 'Signal':
      return `${NEWSROOM_PATH}?signaal=${encodeURIComponent(id)}`;
    case 'Topic':
      return `${NEWSROOM_PATH}?onderwerp=${encodeURIComponent(id)}`;
    case 'Webhook':
      return WEBHOOKS_PATH;
    default:
      return null;
  }
}

/** "Meldingen, 3 ongelezen": the bell's accessible name. */
export function bellLabelKey(unread: number): MessageKey {
  return unread === 0 ? 'notifications.bellNone' : unread === 1 ? 'notifications.bellOne' : 'notifications.bellMany';
}
