import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import {
  attachFieldResolvers,
  boundedSubscriptions,
  byTimestamp,
  combineFeatures,
  CompiledApolloDriver,
  CoreModule,
  coreEntities,
  databaseOptions,
  formatError,
  GRAPHQL_PARSE_OPTIONS,
  GraphQLDateTime,
  inputValidationPlugin,
  RequestLoaders,
  refuseOversizedOperations,
  serviceUnavailablePlugin,
  withoutSuggestions,
  type AppConfig,
  type GraphQLContext,
  type SessionUser,
} from '@planbord/api-core';
import {
  AuthService,
  identityFeature,
  IdentityModule,
  LiveSessions,
  SESSION_COOKIE,
  type ClosableSocket,
} from '@planbord/api-identity';
import { insightsFeature } from '@planbord/api-insights';
import { integrationsFeature } from '@planbord/api-integrations';
import { newsroomFeature } from '@planbord/api-newsroom';
import { notificationsFeature } from '@planbord/api-notifications';
import { planningFeature } from '@planbord/api-planning';
import { publishingFeature } from '@planbord/api-publishing';
import { HealthController } from './health.controller';
import { OrganisationExportController, OrganisationExportResolver } from './organisation-export';
import { appMigrations } from './migrations';
import { isAllowedOrigin, type TrustProxy } from './websocket-origin';

/** The features of the API, one line each: a feature brings its module, tables, migrations, fields and permissions. */
const features = combineFeatures([
  identityFeature,
  planningFeature,
  publishingFeature,
  notificationsFeature,
  newsroomFeature,
  integrationsFeature,
  insightsFeature,
]);

export const entities = [...coreEntities, ...features.entities];
export const migrations = [...appMigrations, ...features.migrations].sort(byTimestamp);

interface WsContext {
  extra: { request: IncomingMessage; socket: ClosableSocket; user?: SessionUser | null };
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  return header
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];
}

/** HTTP requests carry `req`; subscriptions over WebSocket carry the upgrade request, whose session `onConnect` found. */
function contextFactory(db: DataSource, orgTimeZone: string) {
  return (arg: { req?: Request; res?: Response } | WsContext): GraphQLContext => {
    if ('extra' in arg && arg.extra?.request) {
      const user = arg.extra.user ?? undefined;
      return {
        req: { user, locale: user?.locale ?? 'nl' } as GraphQLContext['req'],
        res: undefined as unknown as Response,
        loaders: new RequestLoaders(),
        db,
        orgTimeZone,
      };
    }
    const http = arg as { req: Request; res: Response };
    return { req: http.req as GraphQLContext['req'], res: http.res, loaders: new RequestLoaders(), db, orgTimeZone };
  };
}

@Module({})
export class AppModule implements NestModule {
  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(refuseOversizedOperations(() => this.schemaHost.schema)).forRoutes('graphql');
  }

  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, databaseUrl),
        TypeOrmModule.forRoot({ ...databaseOptions(databaseUrl, entities, migrations), migrationsRun: true }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: CompiledApolloDriver,
          imports: [IdentityModule],
          inject: [AuthService, LiveSessions, DataSource, HttpAdapterHost],
          useFactory: (auth: AuthService, liveSessions: LiveSessions, db: DataSource, http: HttpAdapterHost) => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: GraphQLDateTime }] },
            context: contextFactory(db, config.orgTimeZone),
            transformSchema: (schema: GraphQLSchema) => attachFieldResolvers(schema, features.fields),
            formatError: config.graphqlIntrospection ? formatError : withoutSuggestions(formatError),
            parseOptions: GRAPHQL_PARSE_OPTIONS,
            includeStacktraceInErrorResponses: false,
            fieldResolverEnhancers: ['guards', 'filters'],
            playground: false,
            // Planbord sets no cache hints; the plugin would otherwise wrap every field of every response.
            plugins: [ApolloServerPluginCacheControlDisabled(), serviceUnavailablePlugin, inputValidationPlugin],
            // Nest would reset every response with data to HTTP 200, also the 503 of a database that is away.
            preserveHttpStatusForExecutionErrors: false,
            introspection: config.graphqlIntrospection,
            subscriptions: {
              'graphql-ws': {
                path: '/graphql',
                ...boundedSubscriptions(!config.graphqlIntrospection),
                // Only signed-in people may listen, from pages of Planbord itself; the session cookie comes with the upgrade.
                onConnect: async (ctx: { extra: unknown }) => {
                  const extra = (ctx as WsContext).extra;
                  const trustProxy = http.httpAdapter.getInstance().get('trust proxy fn') as TrustProxy;
                  if (!isAllowedOrigin(extra.request, config.allowedOrigins, trustProxy)) return false;
                  extra.user = await auth.resolveSession(cookieValue(extra.request.headers.cookie, SESSION_COOKIE));
                  if (extra.user) liveSessions.register(extra.user.sessionId, extra.socket);
                  return !!extra.user;
                },
              },
            },
          }),
        }),
        ...features.modules,
      ],
      controllers: [HealthController, OrganisationExportController],
      providers: [OrganisationExportResolver],
    };
  }
}
