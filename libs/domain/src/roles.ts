export const ROLES = ['ADMIN', 'EDITOR', 'MEMBER', 'LIAISON'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
