import { useCallback, useState, type ReactNode } from 'react';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@planbord/domain';
import { useCurrentUser } from '@planbord/web-graphql';
import { useSetMyLocale } from '@planbord/web-identity';
import { I18nProvider } from '@planbord/web-ui';
import { MESSAGES } from '../i18n/catalogues';

const STORAGE_KEY = 'planbord.locale';

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * Decides the interface language: the signed-in person's own setting (a switch is saved on the server, so it follows
 * them to other devices); before login, the choice made on the login page, kept in this browser.
 */
export function LocaleRoot({ children }: { children: ReactNode }) {
  const { me } = useCurrentUser();
  const [setMyLocale] = useSetMyLocale();
  const [chosen, setChosen] = useState<Locale>(storedLocale);
  const locale: Locale = me && isLocale(me.locale) ? me.locale : chosen;

  const change = useCallback(
    (next: Locale) => {
      setChosen(next);
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Private browsing may refuse storage; the choice then lasts for this page only.
      }
      if (me) void setMyLocale(next).catch(() => undefined);
    },
    [me, setMyLocale],
  );

  return (
    <I18nProvider locale={locale} messages={MESSAGES} onLocaleChange={change}>
      {children}
    </I18nProvider>
  );
}
