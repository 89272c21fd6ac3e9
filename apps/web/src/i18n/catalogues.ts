import type { Locale } from '@planbord/domain';
import { identityMessages } from '@planbord/web-identity';
import { overviewMessages } from '@planbord/web-overview';
import { planningMessages } from '@planbord/web-planning';
import { publishingMessages } from '@planbord/web-publishing';
import { requestsMessages } from '@planbord/web-requests';
import { rubricsMessages } from '@planbord/web-rubrics';
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
};

const merge = (locale: Locale): Catalogue => Object.assign({}, ...Object.values(CATALOGUES).map((catalogues) => catalogues[locale]));

/** What the interface says, per language: the catalogues together (no key is in two of them, a unit test checks). */
export const MESSAGES: Catalogues = { nl: merge('nl'), en: merge('en') };
