import type { nl } from './nl';

/** English: the same keys as nl.ts. */
export const en: Record<keyof typeof nl, string> = {
  // calendar feeds and API tokens
  'integrations.feeds.title': 'Calendar subscriptions',
  'integrations.feeds.intro':
    'See your planning in Outlook, Google Calendar or on your phone. A subscription is a secret address: whoever has it sees what is in it. Calendars refresh about every hour; changes in Planbord come along by themselves.',
  'integrations.feeds.new': 'New subscription',
  'integrations.feeds.scope': 'What do you want to see?',
  'integrations.feeds.scope.PERSON': 'My jobs',
  'integrations.feeds.scope.DEPARTMENT': 'A department',
  'integrations.feeds.scope.CHANNEL': 'A channel',
  'integrations.feeds.scope.ALL': 'Everything I may see',
  'integrations.feeds.department': 'Department',
  'integrations.feeds.channel': 'Channel',
  'integrations.feeds.choose': 'Choose…',
  'integrations.feeds.required': 'Choose one.',
  'integrations.feeds.create': 'Create subscription',
  'integrations.feeds.createdTitle': 'Your subscription to "{name}" is ready',
  'integrations.feeds.createdOnce':
    'Copy this address now and add it to your calendar. Planbord does not keep it and will not show it again; lost it? Create a new subscription and stop the old one.',
  'integrations.feeds.url': 'Subscription address',
  'integrations.feeds.copy': 'Copy address',
  'integrations.feeds.empty': 'You have no calendar subscriptions yet.',
  'integrations.feeds.list': 'My subscriptions',
  'integrations.feeds.created': 'Created on {time}',
  'integrations.feeds.lastFetched': 'Last fetched on {time}',
  'integrations.feeds.neverFetched': 'Not fetched yet',
  'integrations.feeds.revoke': 'Stop',
  'integrations.feeds.revokeLabel': 'Stop subscription "{name}"',
  'integrations.feeds.revokeTitle': 'Stop subscription "{name}"?',
  'integrations.feeds.revokeText':
    'The address stops working; calendars that use it get no new data. This cannot be undone.',
  'integrations.feeds.revoked': 'The subscription has been stopped.',
  'integrations.feeds.cancel': 'Cancel',
  'integrations.feeds.howTo': 'How to add it',
  'integrations.feeds.outlook': 'Outlook',
  'integrations.feeds.outlookSteps':
    'In Outlook, go to Calendar, choose Add calendar and then Subscribe from web (or From internet). Paste the address, name the calendar and choose Import.',
  'integrations.feeds.google': 'Google Calendar',
  'integrations.feeds.googleSteps':
    'Open Google Calendar on a computer, click + next to Other calendars and choose From URL. Paste the address and choose Add calendar. It then appears on your phone by itself.',
  'integrations.tokens.title': 'API keys',
  'integrations.tokens.intro':
    'An API key lets a script or integration use Planbord on your behalf, with exactly your permissions. Do not share a key, and stop it when you no longer use it.',
  'integrations.tokens.new': 'New key',
  'integrations.tokens.name': 'Name',
  'integrations.tokens.nameHint': 'What is it for? For example "Monthly report". At most 100 characters.',
  'integrations.tokens.create': 'Create key',
  'integrations.tokens.createdTitle': 'Your key "{name}" is ready',
  'integrations.tokens.createdOnce': 'Copy the key now. Planbord does not keep it and will not show it again.',
  'integrations.tokens.token': 'API key',
  'integrations.tokens.copy': 'Copy key',
  'integrations.tokens.curl': 'Try it in a terminal like this:',
  'integrations.tokens.copyCurl': 'Copy example',
  'integrations.tokens.empty': 'You have no API keys yet.',
  'integrations.tokens.list': 'My keys',
  'integrations.tokens.created': 'Created on {time}',
  'integrations.tokens.lastUsed': 'Last used on {time}',
  'integrations.tokens.neverUsed': 'Not used yet',
  'integrations.tokens.revoke': 'Stop',
  'integrations.tokens.revokeLabel': 'Stop key "{name}"',
  'integrations.tokens.revokeTitle': 'Stop key "{name}"?',
  'integrations.tokens.revokeText': 'Scripts that use this key lose access. This cannot be undone.',
  'integrations.tokens.revoked': 'The key has been stopped.',
  'integrations.tokens.cancel': 'Cancel',

  // outbound webhooks

  // e-mail
};
