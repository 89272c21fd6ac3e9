import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { Locale } from '@planbord/domain';
import { en } from './en';
import { nl, type MessageKey, type Messages } from './nl';

const CATALOGUES: Record<Locale, Messages> = { nl, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18nContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nContextValue | null>(null);

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const text = CATALOGUES[locale][key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match)) : text;
}

/**
 * Holds the language of the interface. The caller decides where it comes from (the signed-in person, or the choice
 * made on the login page) and what a switch does; this provider only translates and keeps `<html lang>` in sync.
 */
export function I18nProvider({ locale, onLocaleChange, children }: { locale: Locale; onLocaleChange: (locale: Locale) => void; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const t = useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
  const value = useMemo(() => ({ locale, setLocale: onLocaleChange, t }), [locale, onLocaleChange, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT and useLocale need an <I18nProvider> above them.');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): Locale {
  return useI18n().locale;
}

export function useSetLocale(): (locale: Locale) => void {
  return useI18n().setLocale;
}
