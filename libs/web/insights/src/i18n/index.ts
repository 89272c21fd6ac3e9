import { useT as useSharedT, type Catalogues, type Translate as SharedTranslate } from '@planbord/web-ui';
import { en } from './en';
import { nl } from './nl';

export type MessageKey = keyof typeof nl;
export type Translate = SharedTranslate<MessageKey>;
/** Translates this feature's own messages and the shared ones. */
export const useT: () => Translate = useSharedT;
export const messages = { nl, en } satisfies Catalogues;
