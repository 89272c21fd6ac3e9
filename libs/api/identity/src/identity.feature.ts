import { IDENTITY_PERMISSIONS } from '@planbord/domain';
import { defineFeature } from '@planbord/api-core';
import { Audience } from './audience.entity';
import { Channel } from './channel.entity';
import { Department } from './department.entity';
import { identityFields } from './identity.fields';
import { IdentityModule } from './identity.module';
import { ChannelProposals1764806400000 } from './migrations/1764806400000-channel-proposals';
import { IdentityReportViews1765540100000 } from './migrations/1765540100000-identity-report-views';
import { LoginThrottles1764201600000 } from './migrations/1764201600000-login-throttles';
import { LoginFailure, LoginThrottle, Session } from './session.entity';
import { Theme } from './theme.entity';
import { User } from './user.entity';

/** People, sessions and the reference data everyone plans with. */
export const identityFeature = defineFeature({
  name: 'identity',
  module: IdentityModule,
  entities: [User, Department, Channel, Theme, Audience, Session, LoginFailure, LoginThrottle],
  views: ['identity_channel_audiences'],
  migrations: [LoginThrottles1764201600000, ChannelProposals1764806400000, IdentityReportViews1765540100000],
  fields: identityFields,
  permissions: Object.keys(IDENTITY_PERMISSIONS),
});
