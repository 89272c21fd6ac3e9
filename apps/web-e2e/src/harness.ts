import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const DEMO_PASSWORD = 'planbord-demo';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MAIN = join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
/** Where global setup leaves the app's address; inside the checkout, so two checkouts can run their browser tests at once. */
export const E2E_URL_FILE = join(ROOT, 'dist', 'e2e-url');

export interface RunningApp {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /** Sends the signal and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** A new, empty data folder that the postgres system user can enter (mkdtemp makes private ones). */
export function newDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'planbord-e2e-'));
  chmodSync(dir, 0o755);
  return dir;
}

/**
 * Starts the built app as `NODE_ENV=production npm start` does on a free port (embedded PostgreSQL), with the demo
 * seed asked for by name: production mode seeds nothing by itself.
 */
export async function startApp(env: Record<string, string> = {}, dataDir = newDataDir()): Promise<RunningApp> {
  if (!existsSync(MAIN)) throw new Error('The app is not built: run `node tools/build.mjs` first (npm test does).');
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, NODE_ENV: 'production', SEED_DEMO: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The app did not start within 60 s:\n${output}`)), 60_000);
    const poll = setInterval(() => {
      const match = /Planbord is running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(match[1]);
      }
    }, 100);
    void exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`The app stopped (exit code ${code}) before it was ready:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    process: child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}

/** The app that global setup started for this run. */
export function appUrl(): string {
  const url = process.env.PLANBORD_E2E_URL ?? readFileSync(E2E_URL_FILE, 'utf8');
  if (!url) throw new Error('No running app: run the browser tests through jest --selectProjects e2e');
  return url;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** A fresh browser context (own cookies) with a laptop-sized window, Dutch by default, on this run's app or another. */
export async function newPage(browser: Browser, locale = 'nl-NL', baseURL = appUrl()): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale, baseURL });
  return context.newPage();
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and returns the serious and critical violations, described for a failure message. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol: the page's CSP refuses inline scripts, rightly.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${page.url()}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** A GraphQL client signed in as a demo person, for setting the scene of a browser journey. */
export async function apiAs(
  email: string,
  password = DEMO_PASSWORD,
  url = appUrl(),
): Promise<<T>(query: string, variables?: Record<string, unknown>) => Promise<T>> {
  let cookie = '';
  const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    const body = (await res.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  await call('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: email, p: password });
  return call;
}
