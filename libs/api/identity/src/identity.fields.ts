import type { FieldResolvers } from '@planbord/api-core';
import type { User } from './user.entity';

/** A person's own fields, behind the permission table's personal grants: liaisons see them only of themselves. */
export const identityFields: FieldResolvers = {
  'User.email': (user: User) => user.email,
  'User.role': (user: User) => user.role,
  'User.weeklyHours': (user: User) => user.weeklyHours,
  'User.locale': (user: User) => user.locale,
  'User.active': (user: User) => user.active,
};
