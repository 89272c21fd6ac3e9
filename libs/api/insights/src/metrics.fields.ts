import { fieldsOf } from '@planbord/api-core';
import { identityLoaders } from '@planbord/api-identity';
import { ChannelFollowers } from './metrics.entities';

/** The channel of a month's followers, through identity's per-request loader. */
export const metricsFields = [
  fieldsOf(ChannelFollowers, {
    channel: (row, ctx) => identityLoaders(ctx).channel.load(row.channelId),
  }),
];
