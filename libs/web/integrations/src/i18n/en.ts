import type { nl } from './nl';

/** English: the same keys as nl.ts. */
export const en: Record<keyof typeof nl, string> = {
  // calendar feeds and API tokens

  // outbound webhooks

  // e-mail
};
