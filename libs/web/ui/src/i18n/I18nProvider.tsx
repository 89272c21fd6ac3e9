import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { Locale } from '@planbord/domain';
import { formats } from '../format/formats';
import type { nl } from './nl';

/** One language's messages: key → text with `{placeholders}`. */
export type Catalogue = Readonly<Record<string, string>>;
/** Each language's messages of one part of the web app (web-ui's shared ones, the app's, or a feature's). */
export type Catalogues = Readonly<Record<Locale, Catalogue>>;

/** The keys every part of the web app may use. */
export type SharedKey = keyof typeof nl;
/** Translates a shared key or one of `Key`: a feature passes its own catalogue's keys (see its `i18n/index.ts`). */
export type Translate<Key extends string = never> = (
  key: Key | SharedKey,
  params?: Record<string, string | number>,
) => string;

interface I18nContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate<string>;
}

const I18nContext = createContext<I18nContextValue | null>(null);

/** Fills in a message; a number is written the language's way ("63.206" in Dutch), wherever a message shows one. */
export function translate(
  messages: Catalogue,
  key: string,
  params: Record<string, string | number> | undefined,
  locale: Locale,
): string {
  const text = messages[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    if (!(name in params)) return match;
    const value = params[name];
    return typeof value === 'number' ? formats(locale, 'UTC').formatNumber(value) : value;
  });
}

/**
 * Holds the language of the interface and the messages the app gathered from every feature. The caller decides where
 * the language comes from (the signed-in person, or the choice made on the login page) and what a switch does; this
 * provider only translates and keeps `<html lang>` in sync.
 */
export function I18nProvider({
  locale,
  messages,
  onLocaleChange,
  children,
}: {
  locale: Locale;
  messages: Catalogues;
  onLocaleChange: (locale: Locale) => void;
  children: ReactNode;
}) {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const t = useCallback<Translate<string>>(
    (key, params) => translate(messages[locale], key, params, locale),
    [messages, locale],
  );
  const value = useMemo(() => ({ locale, setLocale: onLocaleChange, t }), [locale, onLocaleChange, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT and useLocale need an <I18nProvider> above them.');
  return value;
}

/** The translator, typed for the shared keys and those of `Key`. */
export function useT<Key extends string = never>(): Translate<Key> {
  return useI18n().t;
}

export function useLocale(): Locale {
  return useI18n().locale;
}

export function useSetLocale(): (locale: Locale) => void {
  return useI18n().setLocale;
}
