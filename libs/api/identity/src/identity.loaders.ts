import { In } from 'typeorm';
import { byKey, type GraphQLContext } from '@planbord/api-core';
import { Audience } from './audience.entity';
import { Channel } from './channel.entity';
import { Department } from './department.entity';
import { Theme } from './theme.entity';
import { User } from './user.entity';

/** People and reference data by id, one statement per kind per request; other features resolve their links to them here. */
export function identityLoaders(ctx: GraphQLContext) {
  const one = <T extends { id: string }>(name: string, target: new () => T) =>
    ctx.loaders.get<T | null>(name, async (keys) => byKey(keys, await ctx.db.getRepository(target).findBy({ id: In([...keys]) } as never), (row) => row.id));
  return {
    user: one('user', User),
    department: one('department', Department),
    theme: one('theme', Theme),
    channel: one('channel', Channel),
    audience: one('audience', Audience),
  };
}
