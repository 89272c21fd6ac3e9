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
