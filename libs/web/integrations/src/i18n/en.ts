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
};
