import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { LoggerService, LogLevel } from '@nestjs/common';
import { readRawBody, type AppConfig } from '@planbord/api-core';
import { INGEST_LIMITS } from '@planbord/api-newsroom';
import { HOOK_BODY_BYTES } from '@planbord/api-integrations';
import { AppModule } from './app.module';
import { serveWeb } from './web';

/** The whole API, configured but not yet listening: used by `main` and by the integration tests alike. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: { logger?: LoggerService | LogLevel[] | false; webDir?: string } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: options.logger ?? false,
    bodyParser: true,
  });
  app.disable('x-powered-by');
  // Signed deliveries are read as bytes, before the JSON parser, which has a far lower limit.
  app.use('/ingest', readRawBody(INGEST_LIMITS.bytes));
  app.use('/hooks', readRawBody(HOOK_BODY_BYTES));
  app.use(compression());
  app.use(securityHeaders(config));
  app.use(cookieParser());
  if (config.trustProxy)
    app.set(
      'trust proxy',
      /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy === 'true' || config.trustProxy,
    );
  if (options.webDir) serveWeb(app, config, options.webDir);
  return app;
}

/** On every response. Scripts only from Planbord itself, never inline; no framing at all; HSTS once served over HTTPS. */
function securityHeaders(config: AppConfig) {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'frame-ancestors': ["'none'"],
        // An organisation's theme may load its fonts' stylesheet from elsewhere; inline styles stay out.
        'style-src': ["'self'", 'https:'],
        'upgrade-insecure-requests': config.cookieSecure ? [] : null,
      },
    },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: config.cookieSecure ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  });
}
