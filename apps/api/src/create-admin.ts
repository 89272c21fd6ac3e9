import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { AuditService } from '@planbord/api-core';
import { passwordHasher, User } from '@planbord/api-identity';
import { adminPassword, withDatabase } from './command-line';

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
  const email = values.email.trim().toLowerCase();
  const name = values.name.trim();
  const password = await adminPassword({ name, email }, 'Password (at least 10 characters): ');

  await withDatabase(async (db) => {
    const taken = await db
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email: email })
      .withDeleted()
      .getCount();
    if (taken) throw new Error(`There is already a person with e-mail address ${email}.`);
    const passwordHash = await passwordHasher.hash(password);
    await db.transaction(async (em) => {
      const user = await em.save(em.create(User, { name, email: email, passwordHash, role: 'ADMIN', locale: 'nl' }));
      await new AuditService(db).record(em, {
        actor: null,
        entityType: 'User',
        entityId: user.id,
        action: 'create-admin',
        after: user,
      });
    });
    process.stdout.write(`Administrator ${email} created.\n`);
  });
}

void main();
