import { WEBHOOK_EVENTS } from '@planbord/domain';
import type { MessageKey, Translate } from '../i18n';

/** An event type in the team's words ("Bericht goedgekeurd"); an unknown one as it is. */
export function eventLabel(t: Translate, type: string): string {
  const key = `integrations.webhooks.event.${type}` as MessageKey;
  return (WEBHOOK_EVENTS as readonly string[]).includes(type) || type === 'webhook.test' ? t(key) : type;
}
