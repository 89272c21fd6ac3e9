import type { Catalogues } from './I18nProvider';
import { en } from './en';
import { nl } from './nl';

/** The messages every part of the web app shares; the app adds each feature's own. */
export const sharedMessages = { nl, en } satisfies Catalogues;
