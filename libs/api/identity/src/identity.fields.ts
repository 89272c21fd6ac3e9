import { fieldsOf } from '@planbord/api-core';
import { User } from './user.entity';

/** A person's own fields, behind the permission table's personal grants: liaisons see them only of themselves. */
export const identityFields = [
  fieldsOf(User, {
    email: (user) => user.email,
    role: (user) => user.role,
    weeklyHours: (user) => user.weeklyHours,
    locale: (user) => user.locale,
    active: (user) => user.active,
  }),
];
