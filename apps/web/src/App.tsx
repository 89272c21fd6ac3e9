import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { can } from '@planbord/domain';
import { useCurrentUser } from '@planbord/web-graphql';
import {
  AccountPage,
  AudiencesPage,
  ChannelProposalReviewPage,
  ChannelProposalsPage,
  ChannelsPage,
  DepartmentsPage,
  PeoplePage,
  ThemesPage,
} from '@planbord/web-identity';
import { ApiTokens, CalendarFeeds } from '@planbord/web-integrations';
import { ApprovalsPage, HeldPostsPage, MyWorkPage, PostEditorPage, PostsPanel } from '@planbord/web-publishing';
import { EmailPreferences } from '@planbord/web-integrations';
import { INSIGHTS_ROUTES } from '@planbord/web-insights/routes';
import { DrawerExtensionsProvider, type DrawerExtensions } from '@planbord/web-ui';
import { NotFoundPage } from './pages/NotFoundPage';
import { RequireAuth, RequireOrganisation, RequirePermission } from './shell/guards';
import { Shell } from './shell/Shell';
import { ROUTES } from './shell/routes';

// The overview, planning, requests and rubrics pages are downloaded when first opened, each feature in a chunk of its own. The
// identity and publishing features are part of the signed-in shell already (the header's crisis switch, bell and
// logout), so their pages come with it.
const CalendarPage = lazy(() =>
  import('@planbord/web-planning').then((feature) => ({ default: feature.CalendarPage })),
);
const PlanningPage = lazy(() =>
  import('@planbord/web-planning').then((feature) => ({ default: feature.PlanningPage })),
);
const RequestsPage = lazy(() =>
  import('@planbord/web-requests').then((feature) => ({ default: feature.RequestsPage })),
);
const RubricsPage = lazy(() => import('@planbord/web-rubrics').then((feature) => ({ default: feature.RubricsPage })));
const RubricYearPage = lazy(() =>
  import('@planbord/web-rubrics').then((feature) => ({ default: feature.RubricYearPage })),
);
const newsroomPage = <
  K extends 'InboxPage' | 'WebcarePage' | 'TopicsPage' | 'CrisisPage' | 'LogPage' | 'NewSignalPage' | 'SettingsPage',
>(
  name: K,
) => lazy(() => import('@planbord/web-newsroom').then((feature) => ({ default: feature[name] })));
const InboxPage = newsroomPage('InboxPage');
const WebcarePage = newsroomPage('WebcarePage');
const TopicsPage = newsroomPage('TopicsPage');
const CrisisPage = newsroomPage('CrisisPage');
const LogPage = newsroomPage('LogPage');
const NewSignalPage = newsroomPage('NewSignalPage');
const NewsroomSettingsPage = newsroomPage('SettingsPage');
/** A signal's drawer links a post it led to; the newsroom knows no publishing addresses of its own. */
const postHref = (postId: string) => ROUTES.post.replace(':id', encodeURIComponent(postId));

const CalendarImportPage = lazy(() =>
  import('@planbord/web-integrations').then((feature) => ({ default: feature.CalendarImportPage })),
);
const OrganisationExportPage = lazy(() =>
  import('@planbord/web-integrations').then((feature) => ({ default: feature.OrganisationExportPage })),
);
const WebhooksPage = lazy(() =>
  import('@planbord/web-integrations').then((feature) => ({ default: feature.WebhooksPage })),
);

// reports
const ReportsPage = lazy(() => import('@planbord/web-insights').then((feature) => ({ default: feature.ReportsPage })));
const MonthReportPage = lazy(() =>
  import('@planbord/web-insights').then((feature) => ({ default: feature.MonthReportPage })),
);
// campaigns and the ads budget
const CampaignsPage = lazy(() =>
  import('@planbord/web-insights').then((feature) => ({ default: feature.CampaignsPage })),
);
// evaluations
const EvaluationsPage = lazy(() =>
  import('@planbord/web-insights').then((feature) => ({ default: feature.EvaluationsPage })),
);
const EvaluationPanel = lazy(() =>
  import('@planbord/web-insights').then((feature) => ({ default: feature.EvaluationPanel })),
);
// metrics and their import
const MetricsImportPage = lazy(() =>
  import('@planbord/web-insights').then((feature) => ({ default: feature.MetricsImportPage })),
);
const FollowersPage = lazy(() =>
  import('@planbord/web-insights').then((feature) => ({ default: feature.FollowersPage })),
);
const PostFiguresPanel = lazy(() =>
  import('@planbord/web-insights').then((feature) => ({ default: feature.PostFiguresPanel })),
);

const OverviewPage = lazy(() =>
  import('@planbord/web-overview').then((feature) => ({ default: feature.OverviewPage })),
);

/** The planning drawer shows an event's or slot's posts, the post editor a post's figures; features meet only here. */
const drawerExtensions: DrawerExtensions = {
  eventExtras: (eventId) => <PostsPanel eventId={eventId} />,
  slotExtras: (slotId) => <PostsPanel slotId={slotId} />,
  // evaluations
  postExtras: (postId) => (
    <Suspense fallback={null}>
      <EvaluationPanel postId={postId} />
    </Suspense>
  ),
  rubricExtras: (rubricId) => (
    <Suspense fallback={null}>
      <EvaluationPanel rubricId={rubricId} />
    </Suspense>
  ),
  // A published post's figures in the post editor, from the insights feature.
  publishedPostExtras: (postId) => (
    <Suspense fallback={null}>
      <PostFiguresPanel postId={postId} />
    </Suspense>
  ),
};

/** Beheer opens on people for admins, on the channel proposals for editors. */
function AdminStart() {
  const { me } = useCurrentUser();
  return <Navigate to={can(me?.role, 'Mutation.createUser') ? ROUTES.people : ROUTES.channelProposalReview} replace />;
}

export function App() {
  return (
    <DrawerExtensionsProvider value={drawerExtensions}>
      <Routes>
        <Route
          element={
            <RequireAuth>
              <RequireOrganisation>
                <Shell />
              </RequireOrganisation>
            </RequireAuth>
          }
        >
          <Route index element={<OverviewPage />} />
          <Route
            path={ROUTES.account}
            element={
              <AccountPage>
                <CalendarFeeds />
                <ApiTokens />
                <EmailPreferences />
              </AccountPage>
            }
          />
          <Route path={ROUTES.requests} element={<RequestsPage />} />
          <Route
            path={ROUTES.rubrics}
            element={
              <RequirePermission operation="Query.rubrics">
                <RubricsPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.rubricYear}
            element={
              <RequirePermission operation="Query.rubricYear">
                <RubricYearPage />
              </RequirePermission>
            }
          />
          <Route path={ROUTES.calendar} element={<CalendarPage />} />
          <Route
            path={ROUTES.calendarImport}
            element={
              <RequirePermission operation="Mutation.undoImport">
                <CalendarImportPage />
              </RequirePermission>
            }
          />
          {/* metrics and their import */}
          <Route
            path={INSIGHTS_ROUTES.importMetrics}
            element={
              <RequirePermission operation="Mutation.recordPostMetrics">
                <MetricsImportPage />
              </RequirePermission>
            }
          />
          <Route
            path={INSIGHTS_ROUTES.followers}
            element={
              <RequirePermission operation="Query.channelFollowers">
                <FollowersPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.planning}
            element={
              <RequirePermission operation="Query.planningBalance">
                <PlanningPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.approvals}
            element={
              <RequirePermission operation="Query.approvalQueue">
                <ApprovalsPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.newPost}
            element={
              <RequirePermission operation="Mutation.createPost">
                <PostEditorPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.heldPosts}
            element={
              <RequirePermission operation="Query.heldPosts">
                <HeldPostsPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.post}
            element={
              <RequirePermission operation="Query.post">
                <PostEditorPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.myWork}
            element={
              <RequirePermission operation="Query.myWork">
                <MyWorkPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.newsroom}
            element={
              <RequirePermission operation="Query.signals">
                <InboxPage postHref={postHref} />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.newsroomWebcare}
            element={
              <RequirePermission operation="Query.webcareQueue">
                <WebcarePage postHref={postHref} />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.newsroomTopics}
            element={
              <RequirePermission operation="Query.topics">
                <TopicsPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.newsroomCrisis}
            element={
              <RequirePermission operation="Query.crisisOverview">
                <CrisisPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.newsroomLog}
            element={
              <RequirePermission operation="Query.newsroomLog">
                <LogPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.newSignal}
            element={
              <RequirePermission operation="Mutation.recordSignal">
                <NewSignalPage />
              </RequirePermission>
            }
          />
          {[ROUTES.newsroomSettings, ROUTES.newsroomSettingsSection].map((path) => (
            <Route
              key={path}
              path={path}
              element={
                <RequirePermission operation="Query.responseNorms">
                  <NewsroomSettingsPage />
                </RequirePermission>
              }
            />
          ))}
          <Route path={ROUTES.admin} element={<AdminStart />} />
          <Route
            path={ROUTES.people}
            element={
              <RequirePermission operation="Mutation.createUser">
                <PeoplePage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.departments}
            element={
              <RequirePermission operation="Mutation.createDepartment">
                <DepartmentsPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.channels}
            element={
              <RequirePermission operation="Mutation.createChannel">
                <ChannelsPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.channelProposalReview}
            element={
              <RequirePermission operation="Mutation.decideChannelProposal">
                <ChannelProposalReviewPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.channelProposals}
            element={
              <RequirePermission operation="Mutation.proposeChannel">
                <ChannelProposalsPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.themes}
            element={
              <RequirePermission operation="Mutation.createTheme">
                <ThemesPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.audiences}
            element={
              <RequirePermission operation="Mutation.createAudience">
                <AudiencesPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.organisationExport}
            element={
              <RequirePermission operation="Query.organisationExport">
                <OrganisationExportPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.webhooks}
            element={
              <RequirePermission operation="Query.webhooks">
                <WebhooksPage />
              </RequirePermission>
            }
          />
          {/* reports */}
          <Route
            path={ROUTES.reports}
            element={
              <RequirePermission operation="Query.themeBalance">
                <ReportsPage />
              </RequirePermission>
            }
          />
          <Route
            path={ROUTES.monthReport}
            element={
              <RequirePermission operation="Query.themeBalance">
                <MonthReportPage />
              </RequirePermission>
            }
          />
          {/* campaigns and the ads budget */}
          <Route
            path={ROUTES.campaigns}
            element={
              <RequirePermission operation="Query.campaigns">
                <CampaignsPage />
              </RequirePermission>
            }
          />
          {/* evaluations */}
          <Route
            path={ROUTES.evaluations}
            element={
              <RequirePermission operation="Query.evaluations">
                <EvaluationsPage postHref={postHref} />
              </RequirePermission>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </DrawerExtensionsProvider>
  );
}
