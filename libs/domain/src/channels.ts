export const CHANNEL_KINDS = [
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
  'PINTEREST',
  'WEBSITE',
  'NEWSLETTER',
  'PRINT',
  'PRESS',
  'OTHER',
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** Maximum characters per post, where the platform has one. Exceeding it is a warning, never an error. */
export const CHANNEL_LIMITS: Partial<Record<ChannelKind, number>> = {
  X: 280,
  INSTAGRAM: 2200,
  LINKEDIN: 3000,
  FACEBOOK: 63206,
  /** The default of a Mastodon server such as social.overheid.nl. */
  MASTODON: 500,
  BLUESKY: 300,
  THREADS: 500,
  /** A pin's description. */
  PINTEREST: 500,
};

/**
 * A new channel is agreed centrally: proposed by a liaison or team member, approved or declined by an editor. Only an
 * approved channel can be planned on (posts, slots, rubrics); the channel pickers show only those.
 */
export const CHANNEL_STATUSES = ['PROPOSED', 'APPROVED', 'DECLINED'] as const;
export type ChannelStatus = (typeof CHANNEL_STATUSES)[number];
