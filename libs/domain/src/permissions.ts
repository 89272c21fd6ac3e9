import { EDITOR_ROLES, TEAM_ROLES, type Role } from './roles';

/** Anyone, signed in or not. */
export const PUBLIC = 'PUBLIC' as const;
/** A field of a person that these roles see of everyone, and everyone sees of themselves. */
export interface PersonalGrant {
  readonly roles: readonly Role[];
  readonly self: true;
}
export type Grant = typeof PUBLIC | readonly Role[] | PersonalGrant;

const EVERYONE: readonly Role[] = ['ADMIN', 'EDITOR', 'MEMBER', 'LIAISON'];
const ADMINS: readonly Role[] = ['ADMIN'];
/** The media team: everyone but liaisons. */
const TEAM = TEAM_ROLES;
const EDITORS = EDITOR_ROLES;
/**
 * Of other people, liaisons see only the name and department: not how to reach them, their role, their hours or
 * whether they are still active (the people list shows them active people only, searched by name).
 */
const PERSONAL: PersonalGrant = { roles: TEAM, self: true };

/** Identity: sessions, people and the reference data the team plans with. */
export const IDENTITY_PERMISSIONS = {
  'Query.me': PUBLIC,
  'Query.organisation': EVERYONE,
  'Query.users': EVERYONE,
  'Query.departments': EVERYONE,
  'Query.channels': EVERYONE,
  'Query.themes': EVERYONE,
  'Query.audiences': EVERYONE,
  'Query.setupIssues': ADMINS,
  'User.email': PERSONAL,
  'User.role': PERSONAL,
  'User.weeklyHours': PERSONAL,
  'User.locale': PERSONAL,
  'User.active': PERSONAL,
  'Mutation.login': PUBLIC,
  'Mutation.logout': PUBLIC,
  'Mutation.changePassword': EVERYONE,
  'Mutation.setMyLocale': EVERYONE,
  'Mutation.createUser': ADMINS,
  'Mutation.updateUser': ADMINS,
  'Mutation.setUserActive': ADMINS,
  'Mutation.createDepartment': ADMINS,
  'Mutation.updateDepartment': ADMINS,
  'Mutation.createChannel': ADMINS,
  'Mutation.updateChannel': ADMINS,
  // New channels are agreed centrally: anyone proposes, editors decide; each sees their own proposals, editors all.
  'Query.channelProposals': EVERYONE,
  'Mutation.proposeChannel': EVERYONE,
  'Mutation.decideChannelProposal': EDITORS,
  'Channel.proposedBy': EVERYONE,
  'Channel.proposedAt': EVERYONE,
  'Channel.decidedBy': EVERYONE,
  'Mutation.createTheme': ADMINS,
  'Mutation.updateTheme': ADMINS,
  'Mutation.createAudience': ADMINS,
  'Mutation.updateAudience': ADMINS,
} as const satisfies Record<string, Grant>;

/** Planning. Liaisons read the calendar and submit and follow their own requests (the services narrow what they see). */
export const PLANNING_PERMISSIONS = {
  'Query.calendar': EVERYONE,
  'Query.event': EVERYONE,
  'Query.slot': EVERYONE,
  'Query.eventRequests': EVERYONE,
  'Query.planningGaps': TEAM,
  'Query.workload': TEAM,
  // A person's open jobs, shown before they are deactivated.
  'Query.openAssignments': ADMINS,
  'Query.planningBalance': TEAM,
  'Query.planningSettings': TEAM,
  'Query.rubrics': TEAM,
  'Query.rubricYear': TEAM,
  'Query.previewRubricDates': TEAM,
  'Query.similarRubrics': TEAM,
  'Query.holidays': EVERYONE,
  'Mutation.submitEventRequest': EVERYONE,
  'Mutation.updateEvent': EVERYONE,
  'Mutation.decideEventRequest': TEAM,
  'Mutation.createEvent': TEAM,
  'Mutation.cancelEvent': TEAM,
  'Mutation.completeEvent': TEAM,
  'Mutation.createRubric': TEAM,
  'Mutation.updateRubric': TEAM,
  'Mutation.createAdHocSlot': TEAM,
  'Mutation.skipSlot': TEAM,
  'Mutation.reopenSlot': TEAM,
  'Mutation.moveSlot': TEAM,
  'Mutation.assign': TEAM,
  'Mutation.respondToAssignment': TEAM,
  'Mutation.markAssignmentDone': TEAM,
  'Mutation.unassign': TEAM,
  'Mutation.updatePlanningSettings': ADMINS,
  'Subscription.calendarChanged': EVERYONE,
  'Event.coverage': EVERYONE,
  'Event.department': EVERYONE,
  'Event.themes': EVERYONE,
  'Event.audiences': EVERYONE,
  'Event.wishedChannels': EVERYONE,
  'Event.requestedBy': EVERYONE,
  'Event.decidedBy': EVERYONE,
  'Event.assignments': EVERYONE,
  'Rubric.channels': EVERYONE,
  'Rubric.theme': EVERYONE,
  'Rubric.owner': EVERYONE,
  'Slot.rubric': EVERYONE,
  'Slot.channel': EVERYONE,
  'Slot.assignments': EVERYONE,
  'Assignment.user': EVERYONE,
  'Assignment.event': EVERYONE,
  'Assignment.slot': EVERYONE,
} as const satisfies Record<string, Grant>;

/** Publishing. Authors never review their own posts (checked in the service, whatever the role). */
export const PUBLISHING_PERMISSIONS = {
  'Query.post': TEAM,
  'Query.approvalQueue': EDITORS,
  'Query.heldPosts': TEAM,
  'Query.myWork': TEAM,
  'Query.comments': TEAM,
  'Query.crisis': EVERYONE,
  'Mutation.createPost': TEAM,
  'Mutation.createSiblingPost': TEAM,
  'Mutation.updatePost': TEAM,
  'Mutation.submitPostForReview': TEAM,
  'Mutation.reviewPost': EDITORS,
  'Mutation.schedulePost': TEAM,
  'Mutation.markPostPublished': TEAM,
  'Mutation.cancelPost': TEAM,
  'Mutation.addComment': TEAM,
  'Mutation.setCrisisMode': EDITORS,
  'Post.channel': EVERYONE,
  'Post.author': EVERYONE,
  'Post.event': EVERYONE,
  'Post.slot': EVERYONE,
  'Post.themes': EVERYONE,
  'Post.reviews': TEAM,
  'Post.comments': TEAM,
  'Post.siblings': TEAM,
  'Post.assignments': TEAM,
  'Post.warnings': TEAM,
  'Review.reviewer': TEAM,
  'Comment.author': TEAM,
  'Comment.mentions': TEAM,
  'CrisisState.by': EVERYONE,
  'Event.posts': TEAM,
  'Event.comments': TEAM,
  'Slot.post': TEAM,
  'Slot.comments': TEAM,
  'Assignment.post': TEAM,
  'Calendar.posts': EVERYONE,
} as const satisfies Record<string, Grant>;

/** Notifications: each person's own bell, and the history of changes (administrators). */
export const NOTIFICATIONS_PERMISSIONS = {
  'Query.auditTrail': ADMINS,
  'Query.myNotifications': EVERYONE,
  'Query.unreadNotificationCount': EVERYONE,
  'Mutation.markNotificationsRead': EVERYONE,
  'Subscription.notificationReceived': EVERYONE,
} as const satisfies Record<string, Grant>;

/**
 * Newsroom. Signals hold residents' personal data: only the media team reads them. Liaisons see nothing of them,
 * only the questions routed to their department (without author data).
 */
export const NEWSROOM_PERMISSIONS = {
  'Query.signals': TEAM,
  'Query.signal': TEAM,
  'Query.topics': TEAM,
  'Query.topic': TEAM,
  'Query.themeRules': TEAM,
  'Query.suggestThemes': TEAM,
  'Mutation.recordSignal': TEAM,
  'Subscription.signalReceived': TEAM,
  'Mutation.triageSignal': TEAM,
  'Mutation.dismissSignal': TEAM,
  'Mutation.completeSignal': TEAM,
  'Mutation.createTopic': TEAM,
  'Mutation.addSignalsToTopic': TEAM,
  'Mutation.updateTopic': TEAM,
  'Mutation.createThemeRule': EDITORS,
  'Mutation.updateThemeRule': EDITORS,
  'Signal.channel': TEAM,
  'Signal.themes': TEAM,
  'Signal.suggestedThemes': TEAM,
  'Signal.assignee': TEAM,
  'Signal.topic': TEAM,
  'Signal.overdue': TEAM,
  'Signal.replies': TEAM,
  'Signal.actions': TEAM,
  'Signal.similarSignals': TEAM,
  'ThemeSuggestion.theme': TEAM,
  'SignalConnection.totalCount': TEAM,
  'Topic.themes': TEAM,
  'Topic.signals': TEAM,
  'Topic.rising': TEAM,
  'Topic.suggestedSignals': TEAM,
  'ThemeRule.theme': TEAM,
  'Reply.author': TEAM,
  'NewsroomAction.signal': TEAM,
  'NewsroomAction.topic': TEAM,
  'NewsroomAction.owner': EVERYONE,
  'NewsroomAction.department': EVERYONE,
  'NewsroomAction.post': TEAM,
  'NewsroomAction.answeredBy': EVERYONE,
  'NewsroomAction.createdBy': EVERYONE,
  // Webcare: the team answers and reads the settings; editors set norms, office hours, the roster and templates.
  'Query.webcareQueue': TEAM,
  'Query.responseNorms': TEAM,
  'Query.officeHours': TEAM,
  'Query.webcareSettings': TEAM,
  'Query.onCall': TEAM,
  'Query.onCallRoster': TEAM,
  'Query.replyTemplates': TEAM,
  'Query.replyDraft': TEAM,
  'Query.crisisOverview': TEAM,
  'Mutation.replyToSignal': TEAM,
  'Mutation.setResponseNorm': EDITORS,
  'Mutation.setOfficeHours': EDITORS,
  'Mutation.updateWebcareSettings': EDITORS,
  'Mutation.createOnCallShift': EDITORS,
  'Mutation.deleteOnCallShift': EDITORS,
  'Mutation.createReplyTemplate': EDITORS,
  'Mutation.updateReplyTemplate': EDITORS,
  'Signal.slaState': TEAM,
  'Signal.slaWarnAt': TEAM,
  'OnCallShift.user': TEAM,
  'ReplyTemplate.themes': TEAM,
  // Decisions. Liaisons see only their department's questions (and what they are about, without author data), and
  // answer them; whether the question is their department's is checked in the service.
  'Query.newsroomLog': TEAM,
  'Query.departmentQuestions': EVERYONE,
  'Mutation.decide': TEAM,
  'Mutation.completeAction': TEAM,
  'Mutation.answerDepartmentQuestion': EVERYONE,
  'NewsroomAction.about': EVERYONE,
  // Erasing a resident's data cannot be undone: an editor or administrator does it, on request.
  'Mutation.eraseResidentData': EDITORS,
  // Ingest: editors connect sources and hold their secrets; the team fetches feeds now and imports export files.
  'Query.ingestSources': TEAM,
  'Mutation.createIngestSource': EDITORS,
  'Mutation.rotateIngestSecret': EDITORS,
  'Mutation.setIngestSourceActive': EDITORS,
  'Mutation.pollIngestSource': TEAM,
  'Mutation.previewSignalImport': TEAM,
  'Mutation.commitSignalImport': TEAM,
  'Query.signalImport': TEAM,
} as const satisfies Record<string, Grant>;

/**
 * Integrations: calendar feeds, API tokens, outbound webhooks and e-mail. A person's own feeds, tokens and e-mail
 * settings are theirs; webhooks and the organisation's export are for administrators.
 */
export const INTEGRATIONS_PERMISSIONS = {
  // The whole organisation, for portability and backup (`GET /export/organisation.json`).
  'Query.organisationExport': ADMINS,
  // Calendars kept elsewhere come in (`POST /import/calendar`); who may import may undo.
  'Query.calendarImports': TEAM,
  'Mutation.undoImport': TEAM,

  // calendar feeds and API tokens
  'Query.calendarFeeds': EVERYONE,
  'Mutation.createCalendarFeed': EVERYONE,
  'Mutation.revokeCalendarFeed': EVERYONE,
  'Query.apiTokens': EVERYONE,
  'Mutation.createApiToken': EVERYONE,
  'Mutation.revokeApiToken': EVERYONE,

  // outbound webhooks
  'Query.webhooks': ADMINS,
  'Query.webhookDeliveries': ADMINS,
  'Mutation.createWebhook': ADMINS,
  'Mutation.updateWebhook': ADMINS,
  'Mutation.rotateWebhookSecret': ADMINS,
  'Mutation.sendTestWebhook': ADMINS,

  // e-mail
  'Query.emailPreferences': EVERYONE,
  'Mutation.updateEmailPreferences': EVERYONE,
} as const satisfies Record<string, Grant>;

/**
 * Insights: figures of posts, paid reach, evaluations and the reports. The reports count signals but show no resident's
 * data, yet they are the media team's own working figures: liaisons see none of it.
 */
export const INSIGHTS_PERMISSIONS = {
  // reports
  'Query.themeBalance': TEAM,
  'Query.webcareReport': TEAM,
  'Query.planningReport': TEAM,
  'Query.engagementReport': TEAM,
  'Query.adsReport': TEAM,
  'Query.participationReport': TEAM,
  'Query.growthModel': TEAM,
  'Query.insightsSettings': TEAM,
  'Mutation.updateInsightsSettings': EDITORS,
  'Query.teamHours': TEAM,
  'Mutation.recordTeamHours': EDITORS,

  // metrics and their import
  'Post.metrics': TEAM,
  'Mutation.recordPostMetrics': TEAM,
  'Query.channelFollowers': TEAM,
  'Mutation.recordChannelFollowers': TEAM,
  'ChannelFollowers.channel': TEAM,

  // campaigns and the ads budget
  // The team reads them; editors decide on the money.
  'Query.campaigns': TEAM,
  'Query.campaign': TEAM,
  'Query.adsBudget': TEAM,
  'Mutation.createCampaign': EDITORS,
  'Mutation.updateCampaign': EDITORS,
  'Mutation.deleteCampaign': EDITORS,
  'Mutation.setAdsBudget': EDITORS,
  'Campaign.channel': TEAM,
  'Campaign.posts': TEAM,

  // evaluations
  // Anyone of the team writes them; each is edited by its author, deleted by its author or an editor.
  'Query.evaluations': TEAM,
  'Query.postPerformance': TEAM,
  'Mutation.saveEvaluation': TEAM,
  'Mutation.deleteEvaluation': TEAM,
  'Evaluation.author': TEAM,
  'Evaluation.post': TEAM,
  'Evaluation.rubric': TEAM,
  'Post.evaluations': TEAM,
  'Rubric.evaluations': TEAM,
  'PostPerformance.post': TEAM,
  'PostPerformance.evaluations': TEAM,
} as const satisfies Record<string, Grant>;

/**
 * The one permission table, in one section per feature (each feature's manifest lists its own). Keys are `Type.field`
 * of every GraphQL root operation and every field with its own resolver. The API guard refuses anything not listed
 * here (default deny); the web reads the same table to decide what to show.
 */
export const PERMISSIONS = {
  ...IDENTITY_PERMISSIONS,
  ...PLANNING_PERMISSIONS,
  ...PUBLISHING_PERMISSIONS,
  ...NOTIFICATIONS_PERMISSIONS,
  ...NEWSROOM_PERMISSIONS,
  ...INTEGRATIONS_PERMISSIONS,
  ...INSIGHTS_PERMISSIONS,
} as const satisfies Record<string, Grant>;

export type Operation = keyof typeof PERMISSIONS;

export function isDeclared(operation: string): operation is Operation {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, operation);
}

/**
 * May a person with this role (or nobody signed in: `null`) perform the operation? `self`: the field belongs to the
 * person asking (for personal grants).
 */
export function can(role: Role | null | undefined, operation: string, self = false): boolean {
  if (!isDeclared(operation)) return false;
  const grant: Grant = PERMISSIONS[operation];
  if (grant === PUBLIC) return true;
  if (role == null) return false;
  if (isPersonal(grant)) return self || grant.roles.includes(role);
  return grant.includes(role);
}

function isPersonal(grant: Grant): grant is PersonalGrant {
  return typeof grant === 'object' && 'self' in grant;
}

export function isPublic(operation: string): boolean {
  return isDeclared(operation) && PERMISSIONS[operation] === PUBLIC;
}
