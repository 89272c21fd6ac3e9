import 'reflect-metadata';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConfigError, createLogger, loadConfig, type AppConfig } from '@planbord/api-core';
import { createApp } from './app';
import { openDatabase } from './database';
import { projectRoot } from './project-root';
import { isEmpty, seedDemo, type DemoLogin } from './seed/demo-seed';
import { seedCampaignsDemo } from './seed/insights-campaigns-seed';
import { seedInsightsDemo } from './seed/insights-seed';
import { seedNewsroomDemo } from './seed/newsroom-seed';
import { seedPlanningDemo } from './seed/planning-seed';
import { seedPublishingDemo } from './seed/publishing-seed';

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

function printWelcome(url: string, logins: DemoLogin[] | null, password: string): void {
  const lines = [`\n  Planbord is running at ${url}\n`];
  if (logins) {
    lines.push('  Demo logins (password: ' + password + '):');
    for (const login of logins) lines.push(`    ${login.role.padEnd(8)} ${login.email.padEnd(34)} ${login.name}`);
    lines.push('');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.production);
  const database = await openDatabase(config, (m) => logger.log(m, 'Database'));
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, stopping`, 'Planbord');
    await app?.close().catch(() => undefined);
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    app = await createApp(config, database.url, { logger, webDir: join(projectRoot(), 'dist', 'web') });
    const db = app.get<DataSource>(getDataSourceToken());
    let logins: DemoLogin[] | null = null;
    if (config.seedDemo && config.production) {
      logger.warn(
        `SEED_DEMO=true with NODE_ENV=production: the demo people sign in with the known password "${config.demoPassword}". Never do this with real data.`,
        'Seed',
      );
    }
    if (config.seedDemo && (await isEmpty(db))) {
      logins = await seedDemo(db, config.demoPassword);
      await seedPlanningDemo(app, db, config.orgTimeZone);
      await seedPublishingDemo(db, config.orgTimeZone);
      logger.log(`Seeded the demo municipality with ${logins.length} people`, 'Seed');
    }
    // The newsroom's fortnight also comes to a demo database seeded before the newsroom existed (once).
    if (config.seedDemo) await seedNewsroomDemo(app, db, config.orgTimeZone);
    if (config.seedDemo) await seedCampaignsDemo(db, config.orgTimeZone);
    // Figures of the published demo posts, followers and team hours, so every report has something to show.
    if (config.seedDemo) await seedInsightsDemo(db, config.orgTimeZone);
    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    printWelcome(
      `http://localhost:${port}`,
      logins ?? (config.seedDemo ? await currentDemoLogins(db) : null),
      config.demoPassword,
    );
  } catch (error) {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error), 'Planbord');
    await app?.close().catch(() => undefined);
    await database.stop();
    process.exit(1);
  }
}

/** On later starts the demo people may have changed; list the ones that still exist. */
async function currentDemoLogins(db: DataSource): Promise<DemoLogin[]> {
  const rows: DemoLogin[] = await db.query(
    `SELECT email, name, role FROM users WHERE email LIKE '%@planbord.local' AND active ORDER BY array_position(ARRAY['ADMIN','EDITOR','MEMBER','LIAISON']::varchar[], role), name`,
  );
  return rows;
}

void main();
