import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { checkUser, describeIssues, hasIssues } from '@planbord/domain';
import { createLogger, databaseOptions, loadConfig } from '@planbord/api-core';
import { passwordHasher, User } from '@planbord/api-identity';
import { entities, migrations } from './app.module';
import { openDatabase } from './database';
import { restoreOrganisation } from './organisation-export';

const HELP = `Loads an organisation export (GET /export/organisation.json) into an empty database: the configured one
(DATABASE_URL), or the embedded one.

  npm run restore -- planbord-2027-01-31.json --admin beheer@gemeente.nl

The export holds no passwords: --admin gives that administrator of the export a new password (asked for, or read
from ADMIN_PASSWORD when there is no terminal), who then sets new ones for the others in Beheer.`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { admin: { type: 'string' }, help: { type: 'boolean' } },
  });
  const [file] = positionals;
  if (values.help || !file) {
    process.stdout.write(`${HELP}\n`);
    process.exit(values.help ? 0 : 1);
  }
  if (!existsSync(file)) {
    process.stderr.write(`There is no file ${file}.\n`);
    process.exit(1);
  }
  const admin = values.admin?.trim().toLowerCase();
  let password = process.env.ADMIN_PASSWORD ?? '';
  if (admin) {
    if (!password && process.stdin.isTTY) {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      password = await rl.question(`New password for ${admin} (at least 10 characters): `);
      rl.close();
    }
    const issues = checkUser({ name: 'x', email: admin, role: 'ADMIN', password });
    if (hasIssues(issues)) {
      for (const [field, message] of Object.entries(describeIssues(issues, 'en')))
        process.stderr.write(`${field}: ${message}\n`);
      process.exit(1);
    }
  }

  const config = loadConfig();
  const logger = createLogger(config.production);
  const database = await openDatabase(config, (m) => logger.log(m, 'Database'));
  const db = new DataSource(databaseOptions(database.url, entities, migrations));
  try {
    await db.initialize();
    await db.runMigrations();
    const result = await restoreOrganisation(db, file);
    process.stdout.write(`Restored ${result.rows} rows in ${result.tables} tables.\n`);
    if (admin) {
      const updated = await db
        .getRepository(User)
        .createQueryBuilder()
        .update()
        .set({ passwordHash: await passwordHasher.hash(password) })
        .where("lower(email) = :admin AND role = 'ADMIN'", { admin })
        .execute();
      process.stdout.write(
        updated.affected
          ? `${admin} can sign in with the new password.\n`
          : `The export has no administrator ${admin}; nobody can sign in yet: run npm run create-admin.\n`,
      );
    } else process.stdout.write('Nobody can sign in yet: run again with --admin, or run npm run create-admin.\n');
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    if (db.isInitialized) await db.destroy();
    await database.stop();
  }
}

void main();
