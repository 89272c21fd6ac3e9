// Runs a command with the clock moved to another moment, through libfaketime (Debian package `faketime`):
//   node tools/faketime.mjs 2028-02-29T12:00:00+01:00 npm run test:int
// The offset is relative (seconds from now to the moment), so the clock keeps running from there, and every child
// process (the embedded PostgreSQL the integration tests start included) sees the same time as Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** libfaketime's pthread-safe build (Node and PostgreSQL use threads), wherever the distribution put it. */
export function findLibfaketime() {
  if (process.env.FAKETIME_LIB) return existsSync(process.env.FAKETIME_LIB) ? process.env.FAKETIME_LIB : null;
  const libDirs = ['/usr/lib', '/usr/local/lib', '/usr/lib64'].filter(existsSync);
  const candidates = libDirs.flatMap((dir) => [
    join(dir, 'faketime'),
    ...readdirSync(dir)
      .filter((name) => name.endsWith('-linux-gnu'))
      .map((name) => join(dir, name, 'faketime')),
  ]);
  return candidates.map((dir) => join(dir, 'libfaketimeMT.so.1')).find(existsSync) ?? null;
}

/** The environment that moves the clock of a process and its children to `moment` (an ISO 8601 instant with offset). */
export function faketimeEnv(moment, lib = findLibfaketime()) {
  const target = Date.parse(moment);
  if (Number.isNaN(target)) throw new Error(`${moment} is not an instant such as 2028-02-29T12:00:00+01:00`);
  if (!lib) throw new Error('libfaketime is not installed: apt-get install faketime (or set FAKETIME_LIB)');
  const seconds = Math.round((target - Date.now()) / 1000);
  return {
    LD_PRELOAD: [lib, process.env.LD_PRELOAD].filter(Boolean).join(':'),
    FAKETIME: `${seconds >= 0 ? '+' : ''}${seconds}`,
    // Timers and timeouts run on the real monotonic clock; only the wall clock moves.
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
    // File times stay true, so build and test caches are not confused by files from the "future".
    NO_FAKE_STAT: '1',
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [moment, command, ...args] = process.argv.slice(2);
  if (!moment || !command) {
    console.error('usage: node tools/faketime.mjs <instant, e.g. 2028-02-29T12:00:00+01:00> <command> [args…]');
    process.exit(2);
  }
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...faketimeEnv(moment) } });
  process.exit(result.status ?? 1);
}
