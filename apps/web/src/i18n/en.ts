import type { nl } from './nl';

/** English: the same keys as nl.ts. */
export const en: Record<keyof typeof nl, string> = {
  'app.skipToContent': 'Skip to content',
  'app.home': 'Planbord, to the overview',

  'nav.label': 'Main menu',
  'nav.start': 'Overview',
  'nav.admin': 'Administration',
  'nav.people': 'People',
  'nav.departments': 'Departments',
  'nav.channels': 'Channels',
  'nav.channelProposals': 'Propose a channel',
  'nav.channelProposalReview': 'Channel proposals',
  'nav.themes': 'Themes',
  'nav.audiences': 'Audiences',
  'nav.organisationExport': 'Export data',
  'nav.webhooks': 'Webhooks',
  'nav.account': 'My account',

  'header.signedInAs': 'Signed in as {name}, {role}',
  'header.logout': 'Sign out',

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
  'nav.newsroom': 'Newsroom',
  'nav.newsroomInbox': 'Inbox',
  'nav.newsroomWebcare': 'Webcare',
  'nav.newsroomTopics': 'Topics',
  'nav.newsroomLog': 'Decision log',
  'nav.reports': 'Reports',
  'nav.newsroomSettings': 'Newsroom settings',
};
