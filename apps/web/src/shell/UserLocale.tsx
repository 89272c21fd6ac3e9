import { useCallback, useEffect, type ReactNode } from 'react';
import { isLocale, type Locale } from '@planbord/domain';
import { useCurrentUser } from '@planbord/web-graphql';
import { useSetMyLocale } from '@planbord/web-identity';
import { I18nProvider, useLocale, useSetLocale } from '@planbord/web-ui';
import { MESSAGES } from '../i18n/catalogues';

/**
 * The signed-in person's language: their own setting wins over what this browser remembered (and is remembered
 * from now on); a switch is saved on the server as well.
 */
export function UserLocale({ children }: { children: ReactNode }) {
  const { me } = useCurrentUser();
  const [setMyLocale] = useSetMyLocale();
  const remembered = useLocale();
  const remember = useSetLocale();
  const own = me && isLocale(me.locale) ? me.locale : null;
  const locale = own ?? remembered;

  useEffect(() => {
    if (own && own !== remembered) remember(own);
  }, [own, remembered, remember]);

  const change = useCallback(
    (next: Locale) => {
      remember(next);
      if (me) void setMyLocale(next).catch(() => undefined);
    },
    [me, remember, setMyLocale],
  );

  return (
    <I18nProvider locale={locale} messages={MESSAGES} onLocaleChange={change}>
      {children}
    </I18nProvider>
  );
}
