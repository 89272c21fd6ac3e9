import type { nl } from './nl';

/** English: the same keys as nl.ts. */
export const en: Record<keyof typeof nl, string> = {
  'integrations.export.title': 'Export data',
  'integrations.export.intro':
    'Everything Planbord keeps of the organisation in one JSON file: to take to another installation, or as a backup.',
  'integrations.export.download': 'Download the export',
  'integrations.export.loading': 'Preparing the export…',
  'integrations.export.summary': 'The export now holds {rows} rows in {tables} tables.',
  'integrations.export.restoreTitle': 'Restoring',
  'integrations.export.restore':
    'Restore the export into an empty database of the same version of Planbord; the administrator you name gets a new password:',
  'integrations.export.adminPlaceholder': 'admin@municipality.example',
  'integrations.export.leftOut':
    'Passwords, sessions and the secrets of connections are not in the export: after a restore everyone gets a new password and every source a new secret.',
  'integrations.export.caption': 'Tables in the export',
  'integrations.export.table': 'Table',
  'integrations.export.rows': 'Rows',

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
  'integrations.email.title': 'E-mail',
  'integrations.email.intro':
    'Planbord always shows what you need to do at the bell. Choose what you also want to receive by e-mail.',
  'integrations.email.notConfigured':
    'E-mail is not configured on this server: Planbord sends no e-mails. Your notifications are at the bell.',
  'integrations.email.kinds': 'Send me an e-mail when',
  'integrations.email.kind.ASSIGNED': 'I am assigned',
  'integrations.email.kind.REVIEW_REQUESTED': 'someone asks for my review',
  'integrations.email.kind.CHANGES_REQUESTED': 'changes to my post are requested',
  'integrations.email.kind.REQUEST_DECIDED': 'my request is decided',
  'integrations.email.kind.NEWSROOM_QUESTION': 'the newsroom has a question for my department',
  'integrations.email.kind.WEBCARE_ON_CALL': 'a signal waits while I am on call',
  'integrations.email.how': 'How often',
  'integrations.email.each': 'At once: one e-mail per notification',
  'integrations.email.digest': 'Once a day, a summary (at 07:30)',
  'integrations.email.save': 'Save e-mail settings',
  'integrations.email.saved': 'Your e-mail settings have been saved.',
  'integrations.email.conflict':
    'Your e-mail settings were changed elsewhere meanwhile. They are shown below as they are now; choose again and save.',
};
