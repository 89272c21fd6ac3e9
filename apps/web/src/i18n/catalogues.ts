// Each feature's messages through its own small entry point, so the signed-in app's first chunk carries no feature's
// pages. They are not in the first download: the login page has its own (`login-catalogues.ts`).
import { messages as insightsMessages } from '@planbord/web-insights/i18n';
import { messages as integrationsMessages } from '@planbord/web-integrations/i18n';
import { messages as newsroomMessages } from '@planbord/web-newsroom/i18n';
import { messages as overviewMessages } from '@planbord/web-overview/i18n';
import { messages as planningMessages } from '@planbord/web-planning/i18n';
import { messages as publishingMessages } from '@planbord/web-publishing/i18n';
import { messages as requestsMessages } from '@planbord/web-requests/i18n';
import { messages as rubricsMessages } from '@planbord/web-rubrics/i18n';
import type { Catalogues } from '@planbord/web-ui';
import { LOGIN_CATALOGUES, mergeCatalogues } from './login-catalogues';

/** Every part's messages: web-ui's shared ones, the shell's, and each feature's own catalogue. */
export const CATALOGUES: Readonly<Record<string, Catalogues>> = {
  ...LOGIN_CATALOGUES,
  planning: planningMessages,
  requests: requestsMessages,
  rubrics: rubricsMessages,
  publishing: publishingMessages,
  overview: overviewMessages,
  newsroom: newsroomMessages,
  integrations: integrationsMessages,
  insights: insightsMessages,
};

/** What the signed-in interface says, per language: the catalogues together. */
export const MESSAGES: Catalogues = mergeCatalogues(CATALOGUES);
