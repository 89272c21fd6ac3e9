// `npm test`: every check and every test, in the order that fails fastest. Ends with one line `N passed, N failed`
// that counts each check (lint, types, build, generated code) as one test and each Jest test as one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { faketimeEnv, findLibfaketime } from './faketime.mjs';

const root = resolve(import.meta.dirname, '..');
const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_SKIP_NX_CACHE: 'true', FORCE_COLOR: '0' };
const bin = (name) => join(root, 'node_modules', '.bin', name);
const resultsDir = join(root, 'dist', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  const ok = result.status === 0;
  console.log(`${ok ? '✓' : '✕'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(title, command, args) {
  if (run(title, command, args)) passed++;
  else {
    failed++;
    failures.push(title);
  }
}

function jest(title, project, extra = [], extraEnv = {}, variant = 'default') {
  const outputFile = join(resultsDir, `${project}-${variant}.json`);
  const ok = run(
    title,
    bin('jest'),
    ['--config', 'jest.config.cjs', '--selectProjects', project, '--json', `--outputFile=${outputFile}`, ...extra],
    extraEnv,
  );
  if (!existsSync(outputFile)) {
    failed++;
    failures.push(`${title}: did not run`);
    return;
  }
  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  if (report.numTotalTests === 0) {
    failed++;
    failures.push(`${title}: no tests ran`);
  }
  if (!ok || report.numFailedTests || report.numRuntimeErrorTestSuites) failures.push(title);
}

check('project graph', bin('nx'), ['show', 'projects']);
check('lint', process.execPath, ['tools/lint.mjs']);
check('formatting (Prettier)', bin('prettier'), ['--check', '.']);
{
  const ok = run('module boundaries are enforced', process.execPath, ['tools/check-boundaries.mjs']);
  if (ok) passed++;
  else {
    failed++;
    failures.push('module boundaries');
  }
}
check('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
check('generated client types are current', process.execPath, ['tools/check-codegen.mjs']);
check('build (api + web)', process.execPath, ['tools/build.mjs']);
jest('unit tests (TZ=UTC)', 'unit', [], { TZ: 'UTC' });
jest('integration tests (API over HTTP, real PostgreSQL)', 'integration', ['--maxWorkers=2']);
// No test may depend on today's date, the weekday or the server's zone: unit and integration tests run again with
// the clock (of Node and of PostgreSQL) moved to the night the clocks go forward, and the server in the
// organisation's zone. `node tools/faketime.mjs <instant> npm run test:int` tries any other moment.
const MOVED_CLOCK = '2027-03-28T00:30:00+01:00';
if (findLibfaketime()) {
  const moved = () => ({ TZ: 'Europe/Amsterdam', ...faketimeEnv(MOVED_CLOCK) });
  jest(`unit tests (clock at ${MOVED_CLOCK}, TZ=Europe/Amsterdam)`, 'unit', [], moved(), 'moved-clock');
  jest(
    `integration tests (clock at ${MOVED_CLOCK}, TZ=Europe/Amsterdam)`,
    'integration',
    ['--maxWorkers=2'],
    moved(),
    'moved-clock',
  );
} else {
  console.log('\n✕ tests with a moved clock: libfaketime is missing (apt-get install faketime)');
  failed++;
  failures.push('tests with a moved clock: libfaketime is missing');
}
jest('browser tests (Chromium)', 'e2e', ['--runInBand']);

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
