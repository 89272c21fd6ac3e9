import { useMemo, type ComponentType } from 'react';
import { can, type Role } from '@planbord/domain';
import { useCalendarChanged, useCurrentUser } from '@planbord/web-graphql';
import { PageHeader, useOrgTime } from '@planbord/web-ui';
import { useT } from '../i18n';
import {
  CrisisSection,
  DecisionsSection,
  FreeRoomSection,
  GapsSection,
  JobsSection,
  MonthFiguresSection,
  MyRequestsSection,
  OpenRequestsSection,
  ReviewsSection,
  SetupSection,
  WebcareSection,
  type SectionProps,
} from '../components/sections';
import { overviewRanges } from '../lib/overview';
import '../overview.css';

/** A part of the overview: who sees it (from the permission table) and the queries it reads, refreshed on changes. */
export interface OverviewSection {
  key: string;
  visible: (role: Role) => boolean;
  queries: readonly string[];
  Component: ComponentType<SectionProps>;
}

/**
 * The overview's parts, in the order they are shown. The newsroom's and insights' figures join as entries here, each
 * visible to whoever may read them.
 */
export const OVERVIEW_SECTIONS: readonly OverviewSection[] = [
  {
    key: 'setup',
    visible: (role) => can(role, 'Query.setupIssues'),
    queries: ['OverviewSetup'],
    Component: SetupSection,
  },
  { key: 'jobs', visible: (role) => can(role, 'Query.myWork'), queries: ['OverviewJobs'], Component: JobsSection },
  {
    key: 'reviews',
    visible: (role) => can(role, 'Query.approvalQueue'),
    queries: ['OverviewReviews'],
    Component: ReviewsSection,
  },
  {
    key: 'requests',
    visible: (role) => can(role, 'Mutation.decideEventRequest'),
    queries: ['OverviewOpenRequests'],
    Component: OpenRequestsSection,
  },
  {
    key: 'gaps',
    visible: (role) => can(role, 'Query.planningGaps'),
    queries: ['OverviewGaps'],
    Component: GapsSection,
  },
  {
    key: 'room',
    visible: (role) => can(role, 'Query.planningBalance'),
    queries: ['OverviewFreeRoom'],
    Component: FreeRoomSection,
  },
  // While it is on, the banner above every page says so too; here it is one fact among the others.
  {
    key: 'crisis',
    visible: (role) => can(role, 'Query.myWork'),
    queries: ['OverviewCrisis'],
    Component: CrisisSection,
  },
  // The newsroom's figures: only the media team reads signals.
  {
    key: 'webcare',
    visible: (role) => can(role, 'Query.webcareQueue'),
    queries: ['OverviewWebcare'],
    Component: WebcareSection,
  },
  {
    key: 'decisions',
    visible: (role) => can(role, 'Query.newsroomLog'),
    queries: ['OverviewDecisions'],
    Component: DecisionsSection,
  },
  // The insights' figures of this month: the media team's own, like the reports.
  {
    key: 'figures',
    visible: (role) => can(role, 'Query.themeBalance'),
    queries: ['OverviewMonthFigures'],
    Component: MonthFiguresSection,
  },
  // Those who submit requests but do not decide them: the liaisons.
  {
    key: 'mine',
    visible: (role) => can(role, 'Mutation.submitEventRequest') && !can(role, 'Mutation.decideEventRequest'),
    queries: ['OverviewMyRequests'],
    Component: MyRequestsSection,
  },
];

export function sectionsFor(role: Role): readonly OverviewSection[] {
  return OVERVIEW_SECTIONS.filter((section) => section.visible(role));
}

/** `/`: what to do now, per role, each item a link to where it is handled. */
export function OverviewPage() {
  const t = useT();
  const time = useOrgTime();
  const { me } = useCurrentUser();
  const ranges = useMemo(() => overviewRanges(time), [time]);
  const sections = me ? sectionsFor(me.role) : [];
  const queries = sections.flatMap((section) => section.queries);
  useCalendarChanged(() => queries, 500);
  if (!me) return null;
  return (
    <>
      <PageHeader
        title={t('overview.title')}
        intro={
          <>
            {t('overview.welcome', { name: me.name, role: t(`role.${me.role}`) })}{' '}
            {me.department ? t('overview.department', { department: me.department.name }) : null}
          </>
        }
      />
      <div className="planbord-overview">
        {sections.map(({ key, Component }) => (
          <Component key={key} ranges={ranges} />
        ))}
      </div>
    </>
  );
}
