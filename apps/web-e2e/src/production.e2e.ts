import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { appUrl, DEMO_PASSWORD, launchBrowser, login, newPage, startApp } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The hashed scripts and stylesheets that index.html loads. */
async function assetPaths(): Promise<string[]> {
  const html = await (await fetch(appUrl())).text();
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
}

describe('the built app in production mode', () => {
  it('sends its scripts compressed and cached for good, and the page itself revalidated', async () => {
    const page = await fetch(appUrl(), { headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const scripts = (await assetPaths()).filter((path) => path.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    for (const path of scripts) {
      const plain = await fetch(`${appUrl()}${path}`, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers.get('content-encoding')).toBeNull();
      // Below a kilobyte compression saves nothing.
      if ((await plain.arrayBuffer()).byteLength < 1024) continue;
      const res = await fetch(`${appUrl()}${path}`, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(
        (await fetch(`${appUrl()}${path}`, { headers: { 'accept-encoding': 'gzip' } })).headers.get('content-encoding'),
      ).toBe('gzip');
    }
  });

  it('publishes no source maps, and a missing asset is a 404 rather than the page', async () => {
    for (const path of await assetPaths()) {
      expect(await (await fetch(`${appUrl()}${path}`)).text()).not.toMatch(/sourceMappingURL/);
      expect((await fetch(`${appUrl()}${path}.map`)).status).toBe(404);
    }
    expect((await fetch(`${appUrl()}/assets/index-gone.js`)).status).toBe(404);
  });

  it('sends the security headers with the page, and no X-Powered-By', async () => {
    const res = await fetch(`${appUrl()}/kalender`);
    expect(res.headers.get('content-security-policy')).toMatch(
      /script-src 'self';.*frame-ancestors 'none'|frame-ancestors 'none';.*script-src 'self';/,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('runs every page of the main menu without a Content Security Policy violation', async () => {
    const page = await newPage(browser);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await login(page, 'admin@planbord.local');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.waitFor();
    const menu = nav.getByRole('link');
    const count = await menu.count();
    expect(count).toBeGreaterThan(3);
    const violations: string[] = [];
    for (let i = 0; i < count; i++) {
      await menu.nth(i).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      violations.push(
        ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).map(
          (v) => `${page.url()}: ${v}`,
        ),
      );
    }
    expect(violations).toEqual([]);
    // The listener does hear a violation: an inline script is refused.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.body.append(script);
    });
    await page.waitForFunction(() =>
      (window as unknown as { cspViolations: string[] }).cspViolations.some((v) => v.startsWith('script-src')),
    );
    expect(await page.title()).not.toBe('injected');
    await page.context().close();
  });

  it('has no demo people unless SEED_DEMO=true asks for them', async () => {
    const app = await startApp({ SEED_DEMO: '' });
    try {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation { login(email: "admin@planbord.local", password: "${DEMO_PASSWORD}") { id } }`,
        }),
      });
      expect((await res.json()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(app.output()).not.toMatch(/Seeded the demo municipality|Demo logins|SEED_DEMO=true/);
    } finally {
      await app.stop();
      rmSync(app.dataDir, { recursive: true, force: true });
    }
  });
});
