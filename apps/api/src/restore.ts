import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { passwordHasher, User } from '@planbord/api-identity';
import { adminPassword, withDatabase } from './command-line';
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
  const password = admin
    ? await adminPassword({ name: admin, email: admin }, `New password for ${admin} (at least 10 characters): `)
    : '';

  await withDatabase(async (db) => {
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
  });
}

void main();
