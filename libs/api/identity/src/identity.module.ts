import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LiveSessions } from './live-sessions';
import { LoginThrottleService } from './login-throttle.service';
import { OrganisationResolver } from './organisation.resolver';
import { ReferenceDataResolver } from './reference-data.resolver';
import { ReferenceDataService } from './reference-data.service';
import { SessionCleanup } from './session-cleanup';
import { SetupIssuesResolver } from './setup-issues.resolver';
import { SessionMiddleware } from './session.middleware';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  providers: [
    AuthService,
    LoginThrottleService,
    UsersService,
    ReferenceDataService,
    LiveSessions,
    SessionCleanup,
    AuthResolver,
    UsersResolver,
    ReferenceDataResolver,
    OrganisationResolver,
    SetupIssuesResolver,
  ],
  exports: [AuthService, UsersService, ReferenceDataService, LiveSessions],
})
export class IdentityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }
}
