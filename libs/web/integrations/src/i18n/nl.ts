/** Dutch, the default language: the integrations' messages. en.ts has the same keys. */
export const nl = {
  // calendar feeds and API tokens

  // outbound webhooks

  // e-mail
} as const;
