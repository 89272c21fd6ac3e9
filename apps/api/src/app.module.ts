import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry, CoreModule, databaseOptions, formatError, type AppConfig, type GraphQLContext } from '@planbord/api-core';
import { IdentityModule, identityEntities } from '@planbord/api-identity';
import { HealthController } from './health.controller';
import { migrations } from './migrations';

export const entities = [...identityEntities, AuditEntry];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        TypeOrmModule.forRoot({ ...databaseOptions(databaseUrl, entities, migrations), migrationsRun: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          buildSchemaOptions: { dateScalarMode: 'isoDate' },
          context: ({ req, res }: GraphQLContext) => ({ req, res }),
          formatError,
          includeStacktraceInErrorResponses: false,
          fieldResolverEnhancers: ['guards', 'filters'],
          playground: false,
          introspection: true,
        }),
        IdentityModule,
      ],
      controllers: [HealthController],
    };
  }
}
