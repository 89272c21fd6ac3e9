import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LiveSessions } from './live-sessions';
import { OrganisationResolver } from './organisation.resolver';
import { ReferenceDataResolver } from './reference-data.resolver';
import { ReferenceDataService } from './reference-data.service';
import { SessionMiddleware } from './session.middleware';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  providers: [AuthService, UsersService, ReferenceDataService, LiveSessions, AuthResolver, UsersResolver, ReferenceDataResolver, OrganisationResolver],
  exports: [AuthService, UsersService, ReferenceDataService, LiveSessions],
})
export class IdentityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }
}
