/** Dutch, the default language: the app shell's messages (header, navigation, start page). en.ts has the same keys. */
export const nl = {
  'app.skipToContent': 'Naar de inhoud',
  'app.home': 'Planbord, naar de startpagina',

  'nav.label': 'Hoofdmenu',
  'nav.start': 'Start',
  'nav.admin': 'Beheer',
  'nav.people': 'Personen',
  'nav.departments': 'Afdelingen',
  'nav.channels': 'Kanalen',
  'nav.channelProposals': 'Kanaal voorstellen',
  'nav.channelProposalReview': 'Kanaalvoorstellen',
  'nav.themes': "Thema's",
  'nav.audiences': 'Doelgroepen',
  'nav.account': 'Mijn account',

  'header.signedInAs': 'Ingelogd als {name}, {role}',
  'header.logout': 'Uitloggen',

  'start.title': 'Welkom, {name}',
  'start.role': 'Je werkt in Planbord als {role}.',
  'start.department': 'Afdeling: {department}.',
  'start.next': 'Wat kun je hier doen?',
  'start.adminCard': 'Beheer',
  'start.adminText': 'Zet personen, afdelingen, kanalen, thema’s en doelgroepen klaar voor het mediateam.',
  'start.accountCard': 'Mijn account',
  'start.accountText': 'Kies je taal en wijzig je wachtwoord.',
  'start.comingSoon': 'De kalender, planning en aanvragen komen binnenkort beschikbaar.',

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
} as const;
