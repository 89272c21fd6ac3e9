import type { nl } from './nl';

/** English: the same keys as nl.ts. */
export const en: Record<keyof typeof nl, string> = {
  'app.skipToContent': 'Skip to content',
  'app.home': 'Planbord, to the start page',

  'nav.label': 'Main menu',
  'nav.start': 'Start',
  'nav.admin': 'Administration',
  'nav.people': 'People',
  'nav.departments': 'Departments',
  'nav.channels': 'Channels',
  'nav.channelProposals': 'Propose a channel',
  'nav.channelProposalReview': 'Channel proposals',
  'nav.themes': 'Themes',
  'nav.audiences': 'Audiences',
  'nav.account': 'My account',

  'header.signedInAs': 'Signed in as {name}, {role}',
  'header.logout': 'Sign out',

  'start.title': 'Welcome, {name}',
  'start.role': 'You work in Planbord as {role}.',
  'start.department': 'Department: {department}.',
  'start.next': 'What can you do here?',
  'start.adminCard': 'Administration',
  'start.adminText': 'Set up people, departments, channels, themes and audiences for the media team.',
  'start.accountCard': 'My account',
  'start.accountText': 'Choose your language and change your password.',
  'start.comingSoon': 'The calendar, planning and requests are coming soon.',

  'notFound.title': 'Page not found',
  'notFound.text': 'This page does not exist (any more). Check the address or go back to the start page.',
  'notFound.home': 'To the start page',

  'nav.requests': 'Requests',
  'nav.rubrics': 'Rubrics',
  'nav.calendar': 'Calendar',
  'nav.planning': 'Planning',
  'nav.approvals': 'Approve',
  'nav.myWork': 'My work',
  'nav.menu': 'Menu',
};
