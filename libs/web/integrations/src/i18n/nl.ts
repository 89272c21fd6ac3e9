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
  'integrations.email.title': 'E-mail',
  'integrations.email.intro':
    'Planbord meldt wat je moet doen altijd bij de bel. Kies hieronder wat je ook per e-mail wilt krijgen.',
  'integrations.email.notConfigured':
    'E-mail is niet ingesteld op deze server: Planbord verstuurt geen e-mails. Je meldingen vind je bij de bel.',
  'integrations.email.kinds': 'Stuur me een e-mail als',
  'integrations.email.kind.ASSIGNED': 'ik ben ingedeeld',
  'integrations.email.kind.REVIEW_REQUESTED': 'iemand mijn beoordeling vraagt',
  'integrations.email.kind.CHANGES_REQUESTED': 'er aanpassingen aan mijn bericht gevraagd zijn',
  'integrations.email.kind.REQUEST_DECIDED': 'er over mijn aanvraag besloten is',
  'integrations.email.kind.NEWSROOM_QUESTION': 'de nieuwsredactie een vraag aan mijn afdeling heeft',
  'integrations.email.kind.WEBCARE_ON_CALL': 'een signaal wacht terwijl ik dienst heb',
  'integrations.email.how': 'Hoe vaak',
  'integrations.email.each': 'Meteen: een e-mail per melding',
  'integrations.email.digest': 'Eén keer per dag een overzicht (om 07:30)',
  'integrations.email.save': 'E-mailinstellingen opslaan',
  'integrations.email.saved': 'Je e-mailinstellingen zijn opgeslagen.',
  'integrations.email.conflict':
    'Je e-mailinstellingen zijn intussen ergens anders gewijzigd. Hieronder staan ze zoals ze nu zijn; kies opnieuw en sla op.',
} as const;
