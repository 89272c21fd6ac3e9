import { CHANNEL_KINDS, ROLES } from '@planbord/domain';
import { graphqlEnum } from '@planbord/api-core';

export const RoleEnum = graphqlEnum('Role', ROLES, 'What a person may do in Planbord.');
export const ChannelKindEnum = graphqlEnum('ChannelKind', CHANNEL_KINDS);
