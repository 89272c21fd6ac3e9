import { In } from 'typeorm';
import { byKey, type FieldResolvers, type GraphQLContext } from '@planbord/api-core';
import type { Channel } from './channel.entity';
import { User } from './user.entity';

const person = (ctx: GraphQLContext, id: string | null) =>
  id ? ctx.loaders.get<User | null>('user', async (keys) => byKey(keys, await ctx.db.getRepository(User).findBy({ id: In([...keys]) }), (row) => row.id)).load(id) : null;

/** A person's own fields, behind the permission table's personal grants: liaisons see them only of themselves. */
export const identityFields: FieldResolvers = {
  'User.email': (user: User) => user.email,
  'User.role': (user: User) => user.role,
  'User.weeklyHours': (user: User) => user.weeklyHours,
  'User.locale': (user: User) => user.locale,
  'User.active': (user: User) => user.active,
  'Channel.proposedBy': (channel: Channel, ctx) => person(ctx, channel.proposedById),
  'Channel.proposedAt': (channel: Channel) => (channel.proposedById ? channel.createdAt : null),
  'Channel.decidedBy': (channel: Channel, ctx) => person(ctx, channel.decidedById),
};
