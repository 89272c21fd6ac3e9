// Fails when libs/web/graphql/src/generated.ts is not what codegen makes of the committed schema and documents.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const file = join(root, 'libs/web/graphql/src/generated.ts');
const before = readFileSync(file, 'utf8');
execFileSync(join(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--silent'], {
  cwd: root,
  stdio: 'inherit',
});
const after = readFileSync(file, 'utf8');
if (before !== after) {
  console.error('libs/web/graphql/src/generated.ts was stale: run `npm run codegen` and commit the result.');
  process.exit(1);
}
console.log('generated client types are current');
