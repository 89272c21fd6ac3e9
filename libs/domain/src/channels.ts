export const CHANNEL_KINDS = [
  'FACEBOOK', 'INSTAGRAM', 'X', 'LINKEDIN', 'YOUTUBE', 'TIKTOK', 'WHATSAPP', 'WEBSITE', 'NEWSLETTER', 'PRINT', 'PRESS', 'OTHER',
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** Maximum characters per post, where the platform has one. Exceeding it is a warning, never an error. */
export const CHANNEL_LIMITS: Partial<Record<ChannelKind, number>> = {
  X: 280,
  INSTAGRAM: 2200,
  LINKEDIN: 3000,
  FACEBOOK: 63206,
};
