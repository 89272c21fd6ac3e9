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
  'integrations.feeds.title': 'Agenda-abonnementen',
  'integrations.feeds.intro':
    'Zie je planning in Outlook, Google Agenda of op je telefoon. Een abonnement is een geheim adres: wie het heeft, ziet wat erin staat. De agenda ververst ongeveer elk uur; wijzigingen in Planbord komen vanzelf mee.',
  'integrations.feeds.new': 'Nieuw abonnement',
  'integrations.feeds.scope': 'Wat wil je zien?',
  'integrations.feeds.scope.PERSON': 'Mijn taken',
  'integrations.feeds.scope.DEPARTMENT': 'Een afdeling',
  'integrations.feeds.scope.CHANNEL': 'Een kanaal',
  'integrations.feeds.scope.ALL': 'Alles wat ik mag zien',
  'integrations.feeds.department': 'Afdeling',
  'integrations.feeds.channel': 'Kanaal',
  'integrations.feeds.choose': 'Kies…',
  'integrations.feeds.required': 'Kies er een.',
  'integrations.feeds.create': 'Abonnement maken',
  'integrations.feeds.createdTitle': 'Je abonnement op "{name}" is klaar',
  'integrations.feeds.createdOnce':
    'Kopieer dit adres nu en voeg het toe aan je agenda. Planbord bewaart het niet en laat het niet nog eens zien; kwijt? Maak dan een nieuw abonnement en stop het oude.',
  'integrations.feeds.url': 'Adres van het abonnement',
  'integrations.feeds.copy': 'Adres kopiëren',
  'integrations.feeds.empty': 'Je hebt nog geen agenda-abonnementen.',
  'integrations.feeds.list': 'Mijn abonnementen',
  'integrations.feeds.created': 'Gemaakt op {time}',
  'integrations.feeds.lastFetched': 'Laatst opgehaald op {time}',
  'integrations.feeds.neverFetched': 'Nog niet opgehaald',
  'integrations.feeds.revoke': 'Stoppen',
  'integrations.feeds.revokeLabel': 'Abonnement "{name}" stoppen',
  'integrations.feeds.revokeTitle': 'Abonnement "{name}" stoppen?',
  'integrations.feeds.revokeText':
    'Het adres werkt daarna niet meer; agenda’s die het gebruiken, krijgen geen nieuwe gegevens meer. Dit kun je niet ongedaan maken.',
  'integrations.feeds.revoked': 'Het abonnement is gestopt.',
  'integrations.feeds.cancel': 'Annuleren',
  'integrations.feeds.howTo': 'Zo voeg je het toe',
  'integrations.feeds.outlook': 'Outlook',
  'integrations.feeds.outlookSteps':
    'Ga in Outlook naar Agenda, kies Agenda toevoegen en dan Abonneren vanaf internet (of Van internet). Plak het adres, geef de agenda een naam en kies Importeren.',
  'integrations.feeds.google': 'Google Agenda',
  'integrations.feeds.googleSteps':
    'Open Google Agenda op een computer, klik bij Andere agenda’s op + en kies Via URL. Plak het adres en kies Agenda toevoegen. Op je telefoon verschijnt de agenda daarna vanzelf.',
  'integrations.tokens.title': 'API-sleutels',
  'integrations.tokens.intro':
    'Met een API-sleutel kan een script of koppeling Planbord gebruiken namens jou, met precies dezelfde rechten als jij. Deel een sleutel niet en stop hem als je hem niet meer gebruikt.',
  'integrations.tokens.new': 'Nieuwe sleutel',
  'integrations.tokens.name': 'Naam',
  'integrations.tokens.nameHint': 'Waarvoor gebruik je hem? Bijvoorbeeld "Maandrapportage". Ten hoogste 100 tekens.',
  'integrations.tokens.create': 'Sleutel maken',
  'integrations.tokens.createdTitle': 'Je sleutel "{name}" is klaar',
  'integrations.tokens.createdOnce': 'Kopieer de sleutel nu. Planbord bewaart hem niet en laat hem niet nog eens zien.',
  'integrations.tokens.token': 'API-sleutel',
  'integrations.tokens.copy': 'Sleutel kopiëren',
  'integrations.tokens.curl': 'Probeer hem zo in een terminal:',
  'integrations.tokens.copyCurl': 'Voorbeeld kopiëren',
  'integrations.tokens.empty': 'Je hebt nog geen API-sleutels.',
  'integrations.tokens.list': 'Mijn sleutels',
  'integrations.tokens.created': 'Gemaakt op {time}',
  'integrations.tokens.lastUsed': 'Laatst gebruikt op {time}',
  'integrations.tokens.neverUsed': 'Nog niet gebruikt',
  'integrations.tokens.revoke': 'Stoppen',
  'integrations.tokens.revokeLabel': 'Sleutel "{name}" stoppen',
  'integrations.tokens.revokeTitle': 'Sleutel "{name}" stoppen?',
  'integrations.tokens.revokeText':
    'Scripts die deze sleutel gebruiken, krijgen daarna geen toegang meer. Dit kun je niet ongedaan maken.',
  'integrations.tokens.revoked': 'De sleutel is gestopt.',
  'integrations.tokens.cancel': 'Annuleren',

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
