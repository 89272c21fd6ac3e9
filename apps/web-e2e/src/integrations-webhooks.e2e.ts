import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { apiAs, launchBrowser, login, newPage, seriousA11yViolations } from './harness';

/** A publishing tool's endpoint on loopback: records what arrives and answers 204. */
function startReceiver(): Promise<{
  server: Server;
  url: string;
  received: { headers: IncomingHttpHeaders; body: string }[];
}> {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = 204;
      res.end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/planbord-${Date.now().toString(36)}`, received });
    }),
  );
}

let browser: Browser;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  browser = await launchBrowser();
  receiver = await startReceiver();
});
afterAll(async () => {
  // What this journey made is switched off, so other journeys' changes go nowhere.
  const admin = await apiAs('admin@planbord.local');
  const { webhooks } = await admin<{ webhooks: { id: string; version: number; url: string; active: boolean }[] }>(
    '{ webhooks { id version url active } }',
  );
  for (const webhook of webhooks.filter((w) => w.url === receiver.url && w.active))
    await admin(
      'mutation($id: ID!, $v: Int!) { updateWebhook(id: $id, expectedVersion: $v, input: { active: false }) { id } }',
      {
        id: webhook.id,
        v: webhook.version,
      },
    );
  await browser.close();
  await new Promise((resolve) => receiver.server.close(resolve));
});

describe('webhooks', () => {
  it('an administrator adds a webhook, copies its secret once, sends a test message and sees it in the log', async () => {
    const page = await newPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await login(page, 'admin@planbord.local');
    await page.goto('/beheer');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();

    // Nothing chosen: both fields say what is missing, and nothing is sent.
    await page.getByRole('button', { name: 'Webhook toevoegen' }).click();
    await page.getByText('Vul dit in.').waitFor();
    await page.getByText('Kies minstens één gebeurtenis.').waitFor();
    // The server refuses an address that is not http(s), beside the field.
    await page.getByLabel('Adres (URL)').fill('ftp://example.test/hook');
    await page.getByLabel('Crisismodus uitgezet').check();
    await page.getByRole('button', { name: 'Webhook toevoegen' }).click();
    await page.locator('.utrecht-form-field--invalid').getByLabel('Adres (URL)').waitFor();

    await page.getByLabel('Adres (URL)').fill(receiver.url);
    // By keyboard: tab to the checkbox and tick it with the space bar.
    await page.getByLabel('Bericht goedgekeurd').focus();
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Bericht goedgekeurd').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Webhook toevoegen' }).click();

    const secretBlock = page.getByLabel('Geheim', { exact: true });
    const secret = (await secretBlock.textContent())?.trim() ?? '';
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'Geheim kopiëren' }).click();
    await page.getByText('Gekopieerd.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    const item = page.getByRole('listitem').filter({ hasText: receiver.url });
    await item.getByText('Bericht goedgekeurd, Crisismodus uitgezet').waitFor();
    await item.getByRole('button', { name: 'Testbericht versturen' }).click();
    const log = item.getByRole('table');
    await log.getByRole('row').filter({ hasText: 'Testbericht' }).getByText('Aangekomen (HTTP 204)').waitFor();
    const test = receiver.received.find((r) => JSON.parse(r.body).type === 'webhook.test');
    expect(test).toBeDefined();
    new StandardWebhook(secret).verify(test!.body, test!.headers as Record<string, string>);

    expect(await seriousA11yViolations(page)).toEqual([]);

    // Switched off, and back on.
    await item.getByRole('button', { name: 'Uitzetten' }).click();
    await item.getByText('Uit', { exact: true }).waitFor();
    await item.getByRole('button', { name: 'Aanzetten' }).click();
    await item.getByText('Aan', { exact: true }).waitFor();

    // 320 CSS pixels wide: nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: receiver.url })
      .getByRole('button', { name: 'Logboek tonen' })
      .click();
    await page.getByRole('table').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});
