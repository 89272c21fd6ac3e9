import { fieldsOf } from '@planbord/api-core';
import { Channel } from './channel.entity';
import { identityLoaders } from './identity.loaders';
import { User } from './user.entity';

/**
 * A person's own fields, behind the permission table's personal grants: liaisons see them only of themselves. And who
 * proposed and decided a channel, which only the proposal's readers ask for.
 */
export const identityFields = [
  fieldsOf(User, {
    email: (user) => user.email,
    role: (user) => user.role,
    weeklyHours: (user) => user.weeklyHours,
    locale: (user) => user.locale,
    active: (user) => user.active,
  }),
  fieldsOf(Channel, {
    proposedBy: (channel, ctx) => (channel.proposedById ? identityLoaders(ctx).user.load(channel.proposedById) : null),
    proposedAt: (channel) => (channel.proposedById ? channel.createdAt : null),
    decidedBy: (channel, ctx) => (channel.decidedById ? identityLoaders(ctx).user.load(channel.decidedById) : null),
  }),
];
