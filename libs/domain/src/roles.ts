export const ROLES = ['ADMIN', 'EDITOR', 'MEMBER', 'LIAISON'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The media team: everyone but department liaisons. They plan, cover, write and post. */
export const TEAM_ROLES: readonly Role[] = ['ADMIN', 'EDITOR', 'MEMBER'];
/** Who approves posts, and schedules them while crisis mode is on. */
export const EDITOR_ROLES: readonly Role[] = ['ADMIN', 'EDITOR'];

export function isTeam(role: Role | null | undefined): boolean {
  return !!role && TEAM_ROLES.includes(role);
}

export function isEditor(role: Role | null | undefined): boolean {
  return !!role && EDITOR_ROLES.includes(role);
}
