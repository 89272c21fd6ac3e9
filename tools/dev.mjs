// `npm run dev`: builds the API once, runs it on API_PORT (default 3000), and runs the Vite dev server on :4200 with
// hot reload, proxying /graphql, /health, /theme.css and /ical to the API. Ctrl-C stops both.
import { execFileSync, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const apiPort = process.env.API_PORT ?? '3000';

execFileSync(process.execPath, [join(root, 'tools', 'build.mjs'), '--api-only'], { cwd: root, stdio: 'inherit' });

const children = [
  spawn(process.execPath, [join(root, 'dist', 'api', 'apps', 'api', 'src', 'main.js')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: apiPort },
  }),
  spawn(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), '--config', 'apps/web/vite.config.ts'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, API_PORT: apiPort },
    },
  ),
];

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  // The API stops its embedded PostgreSQL on SIGTERM; give it a moment before leaving.
  setTimeout(() => process.exit(code), 5000).unref();
  Promise.all(
    children.map((child) => (child.exitCode !== null ? null : new Promise((done) => child.once('exit', done)))),
  ).then(() => process.exit(code));
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
console.log(`dev: API on http://localhost:${apiPort}, web with hot reload on http://localhost:4200`);
