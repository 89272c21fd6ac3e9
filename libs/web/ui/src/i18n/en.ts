import type { nl } from './nl';

/** English: the same keys as nl.ts. */
export const en: Record<keyof typeof nl, string> = {
  'app.name': 'Planbord',
  'app.loading': 'Loading…',
  'app.saving': 'Saving…',
  'app.filters': 'Filters',
  'copy.copied': 'Copied.',
  'copy.failed': 'Copying did not work; select the text and copy it yourself.',

  'language.label': 'Language',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'role.ADMIN': 'Administrator',
  'role.EDITOR': 'Editor',
  'role.MEMBER': 'Media team member',
  'role.LIAISON': 'Department liaison',

  // One name for each kind of job, everywhere: My work, the drawer, the planning board, a post's tasks.
  'job.COVER': 'Cover',
  'job.WRITE': 'Write',
  'job.PUBLISH': 'Publish',
  'job.REVIEW': 'Review',

  'error.network': 'Planbord cannot be reached right now. Check your connection and try again.',
  'error.internal': 'Something went wrong on our side. Quote this code when you report it: {id}.',
  'error.generic': 'Something went wrong. Please try again.',
  'error.forbidden': 'You do not have access to this page.',
  'error.retry': 'Try again',
  'error.formHasErrors': 'Some fields are not filled in correctly. See the messages at the fields.',
  'error.versionConflict':
    'Someone else changed this in the meantime. The current data has been reloaded; check it and save your change again.',

  'channelKind.FACEBOOK': 'Facebook',
  'channelKind.INSTAGRAM': 'Instagram',
  'channelKind.X': 'X',
  'channelKind.LINKEDIN': 'LinkedIn',
  'channelKind.YOUTUBE': 'YouTube',
  'channelKind.TIKTOK': 'TikTok',
  'channelKind.WHATSAPP': 'WhatsApp',
  'channelKind.MASTODON': 'Mastodon',
  'channelKind.BLUESKY': 'Bluesky',
  'channelKind.THREADS': 'Threads',
  'channelKind.PINTEREST': 'Pinterest',
  'channelKind.WEBSITE': 'Website',
  'channelKind.NEWSLETTER': 'Newsletter',
  'channelKind.PRINT': 'Print',
  'channelKind.PRESS': 'Press',
  'channelKind.OTHER': 'Other',

  'postStatus.DRAFT': 'Draft',
  'postStatus.IN_REVIEW': 'In review',
  'postStatus.CHANGES_REQUESTED': 'Changes requested',
  'postStatus.APPROVED': 'Approved',
  'postStatus.SCHEDULED': 'Scheduled',
  'postStatus.PUBLISHED': 'Published',
  'postStatus.CANCELLED': 'Cancelled',
};
