import type { ComponentType } from 'react';
import type { Operation } from '@planbord/domain';
import { INSIGHTS_ROUTES } from '@planbord/web-insights/routes';
import { NEWSROOM_ROUTES } from '@planbord/web-newsroom/routes';
import { ApprovalQueueCount, PUBLISHING_ROUTES } from '@planbord/web-publishing';
import type { MessageKey } from '../i18n';
import { LOGIN_PATH } from './login-path';

export const ROUTES = {
  login: LOGIN_PATH,
  start: '/',
  account: '/account',
  admin: '/beheer',
  people: '/beheer/personen',
  departments: '/beheer/afdelingen',
  channels: '/beheer/kanalen',
  channelProposalReview: '/beheer/kanaalvoorstellen',
  channelProposals: '/kanaalvoorstellen',
  themes: '/beheer/themas',
  audiences: '/beheer/doelgroepen',
  organisationExport: '/beheer/export',
  webhooks: '/beheer/webhooks',
  requests: '/aanvragen',
  rubrics: '/rubrieken',
  rubricYear: '/rubrieken/jaar',
  calendar: '/kalender',
  calendarImport: '/kalender/importeren',
  planning: '/planning',
  approvals: PUBLISHING_ROUTES.approvals,
  newPost: PUBLISHING_ROUTES.newPost,
  heldPosts: PUBLISHING_ROUTES.heldPosts,
  post: PUBLISHING_ROUTES.post,
  myWork: PUBLISHING_ROUTES.myWork,
  newsroom: NEWSROOM_ROUTES.inbox,
  newsroomWebcare: NEWSROOM_ROUTES.webcare,
  newsroomTopics: NEWSROOM_ROUTES.topics,
  newsroomCrisis: NEWSROOM_ROUTES.crisis,
  newsroomLog: NEWSROOM_ROUTES.log,
  newSignal: NEWSROOM_ROUTES.newSignal,
  newsroomSettings: NEWSROOM_ROUTES.settings,
  newsroomSettingsSection: NEWSROOM_ROUTES.settingsSection,
  // reports
  reports: INSIGHTS_ROUTES.reports,
  monthReport: INSIGHTS_ROUTES.monthReport,
  // campaigns and the ads budget
  campaigns: INSIGHTS_ROUTES.campaigns,
  // evaluations
  evaluations: INSIGHTS_ROUTES.evaluations,
} as const;

export interface NavItem {
  to: string;
  label: MessageKey;
  /** Shown only to roles that may perform this operation (the shared permission table decides); none: everyone. */
  operation?: Operation;
  children?: NavItem[];
  /** A small live figure beside the label, such as the number of posts waiting for review. */
  counter?: ComponentType;
}

export const NAVIGATION: NavItem[] = [
  { to: ROUTES.calendar, label: 'nav.calendar' },
  { to: ROUTES.start, label: 'nav.start' },
  { to: ROUTES.myWork, label: 'nav.myWork', operation: 'Query.myWork' },
  { to: ROUTES.approvals, label: 'nav.approvals', operation: 'Query.approvalQueue', counter: ApprovalQueueCount },
  { to: ROUTES.planning, label: 'nav.planning', operation: 'Query.planningBalance' },
  // Signals hold residents' personal data: only the media team reads them, so liaisons never see this entry.
  {
    to: ROUTES.newsroom,
    label: 'nav.newsroom',
    operation: 'Query.signals',
    children: [
      { to: ROUTES.newsroom, label: 'nav.newsroomInbox', operation: 'Query.signals' },
      { to: ROUTES.newsroomWebcare, label: 'nav.newsroomWebcare', operation: 'Query.webcareQueue' },
      { to: ROUTES.newsroomTopics, label: 'nav.newsroomTopics', operation: 'Query.topics' },
      { to: ROUTES.newsroomLog, label: 'nav.newsroomLog', operation: 'Query.newsroomLog' },
      { to: ROUTES.newsroomSettings, label: 'nav.newsroomSettings', operation: 'Query.responseNorms' },
    ],
  },
  // The reports are the media team's working figures: liaisons never see this entry.
  { to: ROUTES.reports, label: 'nav.reports', operation: 'Query.themeBalance' },
  { to: ROUTES.requests, label: 'nav.requests' },
  { to: ROUTES.rubrics, label: 'nav.rubrics', operation: 'Query.rubrics' },
  { to: ROUTES.channelProposals, label: 'nav.channelProposals', operation: 'Mutation.proposeChannel' },
  {
    to: ROUTES.admin,
    label: 'nav.admin',
    // Editors decide on channel proposals; everything else here is for admins.
    operation: 'Mutation.decideChannelProposal',
    children: [
      { to: ROUTES.people, label: 'nav.people', operation: 'Mutation.createUser' },
      { to: ROUTES.departments, label: 'nav.departments', operation: 'Mutation.createDepartment' },
      { to: ROUTES.channels, label: 'nav.channels', operation: 'Mutation.createChannel' },
      {
        to: ROUTES.channelProposalReview,
        label: 'nav.channelProposalReview',
        operation: 'Mutation.decideChannelProposal',
      },
      { to: ROUTES.themes, label: 'nav.themes', operation: 'Mutation.createTheme' },
      { to: ROUTES.audiences, label: 'nav.audiences', operation: 'Mutation.createAudience' },
      { to: ROUTES.organisationExport, label: 'nav.organisationExport', operation: 'Query.organisationExport' },
      { to: ROUTES.webhooks, label: 'nav.webhooks', operation: 'Query.webhooks' },
    ],
  },
  { to: ROUTES.account, label: 'nav.account' },
];
