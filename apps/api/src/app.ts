import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { LoggerService, LogLevel } from '@nestjs/common';
import type { AppConfig } from '@planbord/api-core';
import { AppModule } from './app.module';
import { serveWeb } from './web';

/** The whole API, configured but not yet listening: used by `main` and by the integration tests alike. */
export async function createApp(config: AppConfig, databaseUrl: string, options: { logger?: LoggerService | LogLevel[] | false; webDir?: string } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: options.logger ?? false,
    bodyParser: true,
  });
  app.use(cookieParser());
  if (config.trustProxy) app.set('trust proxy', /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy === 'true' || config.trustProxy);
  if (options.webDir) serveWeb(app, config, options.webDir);
  return app;
}
