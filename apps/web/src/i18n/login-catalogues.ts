import type { Locale } from '@planbord/domain';
import { identityMessages } from '@planbord/web-identity/login';
import { sharedMessages, type Catalogue, type Catalogues } from '@planbord/web-ui';
import { messages as shellMessages } from '.';

/** What the login and loading pages say: all the first download carries of the catalogues. */
export const LOGIN_CATALOGUES: Readonly<Record<string, Catalogues>> = {
  shared: sharedMessages,
  shell: shellMessages,
  identity: identityMessages,
};

/** Catalogues merged into one per language (no key is in two of them, a unit test checks). */
export function mergeCatalogues(catalogues: Readonly<Record<string, Catalogues>>): Catalogues {
  const merge = (locale: Locale): Catalogue =>
    Object.assign({}, ...Object.values(catalogues).map((parts) => parts[locale]));
  return { nl: merge('nl'), en: merge('en') };
}

export const LOGIN_MESSAGES = mergeCatalogues(LOGIN_CATALOGUES);
