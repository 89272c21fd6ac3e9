/** Dutch, the default language: the app shell's messages (header, navigation, start page). en.ts has the same keys. */
export const nl = {
  'app.skipToContent': 'Naar de inhoud',
  'app.home': 'Planbord, naar het overzicht',

  'nav.label': 'Hoofdmenu',
  'nav.start': 'Overzicht',
  'nav.admin': 'Beheer',
  'nav.people': 'Personen',
  'nav.departments': 'Afdelingen',
  'nav.channels': 'Kanalen',
  'nav.channelProposals': 'Kanaal voorstellen',
  'nav.channelProposalReview': 'Kanaalvoorstellen',
  'nav.themes': "Thema's",
  'nav.audiences': 'Doelgroepen',
  'nav.webhooks': 'Webhooks',
  'nav.account': 'Mijn account',

  'header.signedInAs': 'Ingelogd als {name}, {role}',
  'header.logout': 'Uitloggen',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.text': 'Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar de startpagina.',
  'notFound.home': 'Naar de startpagina',

  'nav.requests': 'Aanvragen',
  'nav.rubrics': 'Rubrieken',
  'nav.calendar': 'Kalender',
  'nav.planning': 'Planning',
  'nav.approvals': 'Goedkeuren',
  'nav.myWork': 'Mijn werk',
  'nav.menu': 'Menu',
  'nav.newsroom': 'Nieuwsroom',
  'nav.newsroomInbox': 'Inbox',
  'nav.newsroomWebcare': 'Webcare',
  'nav.newsroomTopics': 'Onderwerpen',
  'nav.newsroomLog': 'Besluitenlijst',
  'nav.newsroomSettings': 'Instellingen nieuwsroom',
} as const;
