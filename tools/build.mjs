// Builds what `npm start` serves: the API (TypeScript → CommonJS with SWC, path aliases resolved) into dist/api,
// and the web app (Vite) into dist/web. `--api-only` skips the web build.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { transformFileSync } from '@swc/core';

const root = resolve(import.meta.dirname, '..');
const apiOnly = process.argv.includes('--api-only');
const sources = ['apps/api/src', 'libs/domain/src', 'libs/api'];
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.ts$/.test(name) && !/\.(spec|int-spec|test)\.ts$/.test(name)) yield path;
  }
}

const outDir = join(root, 'dist', 'api');
rmSync(outDir, { recursive: true, force: true });
let count = 0;
for (const source of sources) {
  for (const file of files(join(root, source))) {
    const out = join(outDir, relative(root, file)).replace(/\.ts$/, '.js');
    const { code, map } = transformFileSync(file, {
      ...swcrc,
      swcrc: false,
      filename: file,
      sourceFileName: relative(dirname(out), file),
      jsc: { ...swcrc.jsc, baseUrl: root, paths: tsconfig.compilerOptions.paths },
    });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${code}\n//# sourceMappingURL=${out.split('/').pop()}.map\n`);
    if (map) writeFileSync(`${out}.map`, map);
    count++;
  }
}
writeFileSync(join(outDir, 'package.json'), '{ "type": "commonjs" }\n');
console.log(`api: ${count} files compiled into dist/api`);

if (!apiOnly) {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  console.log('web: built into dist/web');
}
