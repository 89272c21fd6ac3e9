import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { checkUser, describeIssues, hasIssues } from '@planbord/domain';
import { AuditService, createLogger, databaseOptions, loadConfig } from '@planbord/api-core';
import { passwordHasher, User } from '@planbord/api-identity';
import { entities, migrations } from './app.module';
import { openDatabase } from './database';

const HELP = `Creates a Planbord administrator in the configured database (DATABASE_URL, or the embedded one).

  npm run create-admin -- --email beheer@gemeente.nl --name "Naam Achternaam"

The password is asked for, or read from ADMIN_PASSWORD when there is no terminal.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help || !values.email || !values.name) {
    process.stdout.write(`${HELP}\n`);
    process.exit(values.help ? 0 : 1);
  }
  let password = process.env.ADMIN_PASSWORD ?? '';
  if (!password && process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question('Password (at least 10 characters): ');
    rl.close();
  }
  const input = { name: values.name, email: values.email.trim().toLowerCase(), role: 'ADMIN', password };
  const issues = checkUser(input);
  if (hasIssues(issues)) {
    for (const [field, message] of Object.entries(describeIssues(issues, 'en')))
      process.stderr.write(`${field}: ${message}\n`);
    process.exit(1);
  }

  const config = loadConfig();
  const logger = createLogger(config.production);
  const database = await openDatabase(config, (m) => logger.log(m, 'Database'));
  const db = new DataSource(databaseOptions(database.url, entities, migrations));
  try {
    await db.initialize();
    await db.runMigrations();
    const taken = await db
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email: input.email })
      .withDeleted()
      .getCount();
    if (taken) throw new Error(`There is already a person with e-mail address ${input.email}.`);
    const passwordHash = await passwordHasher.hash(password);
    await db.transaction(async (em) => {
      const user = await em.save(
        em.create(User, { name: input.name.trim(), email: input.email, passwordHash, role: 'ADMIN', locale: 'nl' }),
      );
      await new AuditService(db).record(em, {
        actor: null,
        entityType: 'User',
        entityId: user.id,
        action: 'create-admin',
        after: user,
      });
    });
    process.stdout.write(`Administrator ${input.email} created.\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    if (db.isInitialized) await db.destroy();
    await database.stop();
  }
}

void main();
