import type { Operation } from '@planbord/domain';
import type { MessageKey } from '@planbord/web-ui';

export const ROUTES = {
  login: '/login',
  start: '/',
  account: '/account',
  admin: '/beheer',
  people: '/beheer/personen',
  departments: '/beheer/afdelingen',
  channels: '/beheer/kanalen',
  themes: '/beheer/themas',
  audiences: '/beheer/doelgroepen',
} as const;

export interface NavItem {
  to: string;
  label: MessageKey;
  /** Shown only to roles that may perform this operation (the shared permission table decides); none: everyone. */
  operation?: Operation;
  children?: NavItem[];
}

export const NAVIGATION: NavItem[] = [
  { to: ROUTES.start, label: 'nav.start' },
  {
    to: ROUTES.admin,
    label: 'nav.admin',
    operation: 'Mutation.createUser',
    children: [
      { to: ROUTES.people, label: 'nav.people', operation: 'Mutation.createUser' },
      { to: ROUTES.departments, label: 'nav.departments', operation: 'Mutation.createDepartment' },
      { to: ROUTES.channels, label: 'nav.channels', operation: 'Mutation.createChannel' },
      { to: ROUTES.themes, label: 'nav.themes', operation: 'Mutation.createTheme' },
      { to: ROUTES.audiences, label: 'nav.audiences', operation: 'Mutation.createAudience' },
    ],
  },
  { to: ROUTES.account, label: 'nav.account' },
];
