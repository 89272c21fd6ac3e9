import { createInterface } from 'node:readline/promises';
import { DataSource } from 'typeorm';
import { checkUser, describeIssues, hasIssues } from '@planbord/domain';
import { createLogger, databaseOptions, loadConfig } from '@planbord/api-core';
import { entities, migrations } from './app.module';
import { openDatabase } from './database';

/** What the scripts beside the app share: an administrator's password, and the database, migrated. */

/** `ADMIN_PASSWORD`, or asked for on a terminal; the process ends when it (or the name or address) would be refused. */
export async function adminPassword(person: { name: string; email: string }, question: string): Promise<string> {
  let password = process.env.ADMIN_PASSWORD ?? '';
  if (!password && process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question(question);
    rl.close();
  }
  const issues = checkUser({ ...person, role: 'ADMIN', password });
  if (hasIssues(issues)) {
    for (const [field, message] of Object.entries(describeIssues(issues, 'en')))
      process.stderr.write(`${field}: ${message}\n`);
    process.exit(1);
  }
  return password;
}

/** Runs `work` on the configured database (or the embedded one), migrated; a failure is one line and exit code 1. */
export async function withDatabase(work: (db: DataSource) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.production);
  const database = await openDatabase(config, (m) => logger.log(m, 'Database'));
  const db = new DataSource(databaseOptions(database.url, entities, migrations));
  try {
    await db.initialize();
    await db.runMigrations();
    await work(db);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    if (db.isInitialized) await db.destroy();
    await database.stop();
  }
}
