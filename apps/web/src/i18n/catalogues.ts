import type { Locale } from '@planbord/domain';
// Each feature's messages through its own small entry point, so the first download carries no feature's pages.
import { identityMessages } from '@planbord/web-identity/login';
import { messages as insightsMessages } from '@planbord/web-insights/i18n';
import { messages as integrationsMessages } from '@planbord/web-integrations/i18n';
import { messages as newsroomMessages } from '@planbord/web-newsroom/i18n';
import { messages as overviewMessages } from '@planbord/web-overview/i18n';
import { messages as planningMessages } from '@planbord/web-planning/i18n';
import { messages as publishingMessages } from '@planbord/web-publishing/i18n';
import { messages as requestsMessages } from '@planbord/web-requests/i18n';
import { messages as rubricsMessages } from '@planbord/web-rubrics/i18n';
import { sharedMessages, type Catalogue, type Catalogues } from '@planbord/web-ui';
import { messages as shellMessages } from '.';

/** Every part's messages: web-ui's shared ones, the shell's, and each feature's own catalogue. */
export const CATALOGUES: Readonly<Record<string, Catalogues>> = {
  shared: sharedMessages,
  shell: shellMessages,
  identity: identityMessages,
  planning: planningMessages,
  requests: requestsMessages,
  rubrics: rubricsMessages,
  publishing: publishingMessages,
  overview: overviewMessages,
  newsroom: newsroomMessages,
  integrations: integrationsMessages,
  insights: insightsMessages,
};

const merge = (locale: Locale): Catalogue =>
  Object.assign({}, ...Object.values(CATALOGUES).map((catalogues) => catalogues[locale]));

/** What the interface says, per language: the catalogues together (no key is in two of them, a unit test checks). */
export const MESSAGES: Catalogues = { nl: merge('nl'), en: merge('en') };
