export * from './audience.entity';
export * from './auth.service';
export * from './channel.entity';
export * from './department.entity';
export * from './enums';
export * from './identity.fields';
export * from './identity.module';
export * from './live-sessions';
export * from './password';
export * from './reference-data.service';
export * from './session.entity';
export * from './theme.entity';
export * from './user.entity';
export * from './users.service';

import { Audience } from './audience.entity';
import { Channel } from './channel.entity';
import { Department } from './department.entity';
import { LoginFailure, LoginThrottle, Session } from './session.entity';
import { Theme } from './theme.entity';
import { User } from './user.entity';

export const identityEntities = [User, Department, Channel, Theme, Audience, Session, LoginFailure, LoginThrottle];
