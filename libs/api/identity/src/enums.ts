import { registerEnumType } from '@nestjs/graphql';
import { CHANNEL_KINDS, ROLES, type ChannelKind, type Role } from '@planbord/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = asEnum<Role>(ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: 'What a person may do in Planbord.' });

export const ChannelKindEnum = asEnum<ChannelKind>(CHANNEL_KINDS);
registerEnumType(ChannelKindEnum, { name: 'ChannelKind' });
