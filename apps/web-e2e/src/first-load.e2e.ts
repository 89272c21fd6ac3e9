import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { appUrl, DEMO_PASSWORD, launchBrowser, ROOT } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const WEB = join(ROOT, 'dist', 'web');
/** The login page's JavaScript budget, compressed (gzip): what a phone on a slow connection downloads first. */
const LOGIN_BUDGET_BYTES = 150 * 1000;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(WEB, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The chunks a page of the build loads before it runs: the entry and everything it imports statically. */
function staticClosure(manifest: Manifest, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  visit(start);
  return seen;
}

const gzipSize = (file: string) => gzipSync(readFileSync(join(WEB, file))).length;

/** The scripts the page fetched, by path, with the bytes that came over the wire (compressed). */
async function scriptsLoaded(page: Page): Promise<{ path: string; transferred: number }[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ path: new URL(entry.name).pathname, transferred: entry.encodedBodySize })),
  );
}

describe('the first download', () => {
  it('gives the login page at most 150 KB of compressed JavaScript, and every signed-in page its own chunk', () => {
    const manifest = readManifest();
    const entry = Object.keys(manifest).find((key) => manifest[key].isEntry)!;
    const login = staticClosure(manifest, entry);
    const bytes = [...login].reduce((sum, key) => sum + gzipSize(manifest[key].file), 0);
    expect(bytes).toBeLessThanOrEqual(LOGIN_BUDGET_BYTES);

    // The signed-in app and each feature's pages come later, and none of them is part of the first download.
    const later = [entry, ...login].flatMap((key) => manifest[key].dynamicImports ?? []);
    expect(later).toContain('src/SignedInApp.tsx');
    const signedIn = staticClosure(manifest, 'src/SignedInApp.tsx');
    const pages = [...signedIn].flatMap((key) => manifest[key].dynamicImports ?? []);
    for (const feature of ['planning', 'requests', 'rubrics']) {
      const key = pages.find((candidate) => candidate.includes(`libs/web/${feature}/src/index.ts`));
      expect({ feature, lazy: Boolean(key) }).toEqual({ feature, lazy: true });
      expect({ feature, atLogin: login.has(key!) }).toEqual({ feature, atLogin: false });
    }
  });

  it('is exactly what the login page fetches in the browser', async () => {
    const manifest = readManifest();
    const entry = Object.keys(manifest).find((key) => manifest[key].isEntry)!;
    const planned = new Set([...staticClosure(manifest, entry)].map((key) => `/${manifest[key].file}`));
    const page = await (await browser.newContext({ locale: 'nl-NL', baseURL: appUrl() })).newPage();
    await page.goto('/login');
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    const fetched = await scriptsLoaded(page);
    expect(fetched.map((script) => script.path).sort()).toEqual([...planned].sort());
    expect(fetched.reduce((sum, script) => sum + script.transferred, 0)).toBeLessThanOrEqual(LOGIN_BUDGET_BYTES);
    await page.context().close();
  });
});

describe('the calendar after login', () => {
  it('is measured from the login button to the drawn month, and written to the benchmark results', async () => {
    const runs: { fromSubmitMs: number; fromPageStartMs: number; scripts: number; transferredBytes: number }[] = [];
    for (let run = 0; run < 3; run++) {
      // A browser that has never seen Planbord: nothing cached.
      const page = await (
        await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'nl-NL', baseURL: appUrl() })
      ).newPage();
      await page.goto('/kalender');
      await page.waitForURL((url) => url.pathname === '/login');
      await page.getByLabel('E-mailadres').fill('member@planbord.local');
      await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
      const before = await scriptsLoaded(page);
      const submitted = Date.now();
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.waitForURL((url) => url.pathname === '/kalender');
      await page.locator('[role=grid] [role=gridcell] .planbord-calendar-item').first().waitFor();
      const fromSubmitMs = Date.now() - submitted;
      const fromPageStartMs = await page.evaluate(() => performance.now());
      const after = await scriptsLoaded(page);
      runs.push({
        fromSubmitMs,
        fromPageStartMs: Math.round(fromPageStartMs),
        scripts: after.length,
        transferredBytes: after.reduce((sum, script) => sum + script.transferred, 0),
      });
      expect(before.length).toBeGreaterThan(0);
      await page.context().close();
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const manifest = readManifest();
    const entry = Object.keys(manifest).find((key) => manifest[key].isEntry)!;
    const result = {
      generatedAt: new Date().toISOString(),
      what: 'The month calendar drawn for the first time after login, in a browser with an empty cache (headless Chromium, 1366 × 768, demo data), against the built app served by the API on loopback. Not asserted: figures carry the load of the machine.',
      machine: { cpus: cpus().length, loadAverage1m: Number(loadavg()[0].toFixed(2)), node: process.version },
      loginJavaScriptGzipBytes: [...staticClosure(manifest, entry)].reduce(
        (sum, key) => sum + gzipSize(manifest[key].file),
        0,
      ),
      calendarAfterLogin: {
        runs,
        medianFromSubmitMs: median(runs.map((r) => r.fromSubmitMs)),
        medianFromPageStartMs: median(runs.map((r) => r.fromPageStartMs)),
        scriptsLoaded: runs[0].scripts,
        javaScriptTransferredBytes: runs[0].transferredBytes,
      },
    };
    const text = `${JSON.stringify(result, null, 2)}\n`;
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results', 'web-first-render.json'), text);
    writeFileSync(join(ROOT, 'tools', 'bench', 'web-first-render.json'), text);
    expect(runs).toHaveLength(3);
  });
});
