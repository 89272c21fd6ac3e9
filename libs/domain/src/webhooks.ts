import type { FieldIssues } from './validation';

/** What an outbound webhook can subscribe to (DESIGN §9), in the order the forms list them. */
export const WEBHOOK_EVENTS = [
  'post.approved',
  'post.scheduled',
  'post.held',
  'post.released',
  'post.published',
  'post.cancelled',
  'crisis.activated',
  'crisis.lifted',
  'event.requested',
  'event.planned',
  'signal.received',
  'signal.urgent',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/** Sent by "send test event" only; nobody subscribes to it. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

export const WEBHOOK_LIMITS = { url: 1000 } as const;

export function isWebhookEvent(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

/** An absolute http(s) address and a non-empty choice of known events; `partial` checks only what is given. */
export function checkWebhook(
  input: { url?: string | null; events?: readonly string[] | null },
  partial = false,
): FieldIssues {
  const issues: FieldIssues = {};
  if (input.url !== undefined || !partial) {
    const url = input.url?.trim() ?? '';
    if (!url) issues.url = { code: 'required' };
    else if (url.length > WEBHOOK_LIMITS.url) issues.url = { code: 'tooLong', max: WEBHOOK_LIMITS.url };
    else if (!isHttpUrl(url)) issues.url = { code: 'invalidChoice' };
  }
  if (input.events !== undefined || !partial) {
    const events = input.events ?? [];
    if (events.length === 0) issues.events = { code: 'required' };
    else if (!events.every(isWebhookEvent)) issues.events = { code: 'invalidChoice' };
  }
  return issues;
}

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value) || !URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname;
}
