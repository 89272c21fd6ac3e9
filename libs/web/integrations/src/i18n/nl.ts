/** Dutch, the default language: the integrations' messages. en.ts has the same keys. */
export const nl = {
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
} as const;
