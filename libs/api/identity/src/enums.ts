import { CHANNEL_KINDS, CHANNEL_STATUSES, ROLES } from '@planbord/domain';
import { graphqlEnum } from '@planbord/api-core';

export const RoleEnum = graphqlEnum('Role', ROLES, 'What a person may do in Planbord.');
export const ChannelKindEnum = graphqlEnum('ChannelKind', CHANNEL_KINDS);
export const ChannelStatusEnum = graphqlEnum(
  'ChannelStatus',
  CHANNEL_STATUSES,
  'Where a channel stands: proposed, approved (it can be planned on) or declined.',
);
