import type { Role } from './roles';

/** Anyone, signed in or not. */
export const PUBLIC = 'PUBLIC' as const;
export type Grant = typeof PUBLIC | readonly Role[];

const EVERYONE: readonly Role[] = ['ADMIN', 'EDITOR', 'MEMBER', 'LIAISON'];
const ADMINS: readonly Role[] = ['ADMIN'];

/**
 * The one permission table. Keys are `Type.field` of every GraphQL root operation and every field with its own
 * resolver. The API guard refuses anything not listed here (default deny); the web reads the same table to decide
 * what to show.
 */
export const PERMISSIONS = {
  'Query.me': PUBLIC,
  'Query.users': EVERYONE,
  'Query.departments': EVERYONE,
  'Query.channels': EVERYONE,
  'Query.themes': EVERYONE,
  'Query.audiences': EVERYONE,
  'Query.auditTrail': ADMINS,

  'Mutation.login': PUBLIC,
  'Mutation.logout': PUBLIC,
  'Mutation.changePassword': EVERYONE,
  'Mutation.setMyLocale': EVERYONE,
  'Mutation.createUser': ADMINS,
  'Mutation.updateUser': ADMINS,
  'Mutation.setUserActive': ADMINS,
  'Mutation.createDepartment': ADMINS,
  'Mutation.updateDepartment': ADMINS,
  'Mutation.createChannel': ADMINS,
  'Mutation.updateChannel': ADMINS,
  'Mutation.createTheme': ADMINS,
  'Mutation.updateTheme': ADMINS,
  'Mutation.createAudience': ADMINS,
  'Mutation.updateAudience': ADMINS,
} as const satisfies Record<string, Grant>;

export type Operation = keyof typeof PERMISSIONS;

export function isDeclared(operation: string): operation is Operation {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, operation);
}

/** May a person with this role (or nobody signed in: `null`) perform the operation? */
export function can(role: Role | null | undefined, operation: string): boolean {
  if (!isDeclared(operation)) return false;
  const grant: Grant = PERMISSIONS[operation];
  if (grant === PUBLIC) return true;
  return role != null && grant.includes(role);
}

export function isPublic(operation: string): boolean {
  return isDeclared(operation) && PERMISSIONS[operation] === PUBLIC;
}
