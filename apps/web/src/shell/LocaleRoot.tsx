import { useCallback, useState, type ReactNode } from 'react';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@planbord/domain';
import { I18nProvider } from '@planbord/web-ui';
import { LOGIN_MESSAGES } from '../i18n/login-catalogues';

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
 * The interface language as this browser remembers it: the choice made on the login page, or the signed-in person's
 * own setting last seen here. Once someone is signed in, `UserLocale` follows their setting and saves a switch on the
 * server, so it follows them to other devices.
 */
export function LocaleRoot({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<Locale>(storedLocale);
  const change = useCallback((next: Locale) => {
    setChosen(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  }, []);

  return (
    <I18nProvider locale={chosen} messages={LOGIN_MESSAGES} onLocaleChange={change}>
      {children}
    </I18nProvider>
  );
}
