/** Dutch, the default language: the integrations' messages. en.ts has the same keys. */
export const nl = {
  'integrations.export.title': 'Gegevens exporteren',
  'integrations.export.intro':
    'Alles wat Planbord van de organisatie bewaart in één JSON-bestand: om mee te nemen naar een andere installatie, of als reservekopie.',
  'integrations.export.download': 'Export downloaden',
  'integrations.export.loading': 'Export voorbereiden…',
  'integrations.export.summary': 'De export bevat nu {rows} rijen in {tables} tabellen.',
  'integrations.export.restoreTitle': 'Terugzetten',
  'integrations.export.restore':
    'Zet de export terug in een lege database van dezelfde versie van Planbord; de beheerder die u noemt, krijgt een nieuw wachtwoord:',
  'integrations.export.adminPlaceholder': 'beheer@gemeente.nl',
  'integrations.export.leftOut':
    'Wachtwoorden, sessies en geheimen van koppelingen zitten niet in de export: na het terugzetten krijgt iedereen een nieuw wachtwoord en elke bron een nieuw geheim.',
  'integrations.export.caption': 'Tabellen in de export',
  'integrations.export.table': 'Tabel',
  'integrations.export.rows': 'Rijen',

  // calendar feeds and API tokens

  // outbound webhooks

  // e-mail
} as const;
