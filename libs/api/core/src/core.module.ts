import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuditService } from './audit';
import { Clock } from './clock';
import { PermissionGuard } from './auth.guard';
import { APP_CONFIG, type AppConfig } from './config';
import { DomainErrorFilter } from './errors';
import { Idempotency } from './idempotency';
import { Jobs } from './jobs';
import { ImportRuns } from './import/import-runs';
import { ChangeFeed, DATABASE_URL } from './change-feed';
import { Outbox } from './outbox';

@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_URL, useValue: databaseUrl },
        ChangeFeed,
        Jobs,
        Idempotency,
        { provide: APP_GUARD, useClass: PermissionGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        AuditService,
        ImportRuns,
        Outbox,
        Clock,
      ],
      exports: [APP_CONFIG, AuditService, ChangeFeed, Clock, Idempotency, ImportRuns, Jobs, Outbox],
    };
  }
}
