import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { apiAs, launchBrowser, login, newPage, seriousA11yViolations } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('taking data out of Planbord', () => {
  it('downloads the month the calendar shows, with its filter, as Excel and CSV', async () => {
    const api = await apiAs('member@planbord.local');
    const tag = `${Date.now() % 100000}`;
    await api(
      'mutation($t: String!) { createEvent(input: { title: $t, startsAt: "2031-09-16T08:00:00Z", endsAt: "2031-09-16T09:00:00Z" }) { id } }',
      { t: `Exportproef ${tag}` },
    );
    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto('/kalender?datum=2031-09-16');
    await page.getByText(`Exportproef ${tag}`).first().waitFor();

    const exports = page.getByRole('group', { name: 'Exporteren' });
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('link', { name: 'CSV downloaden' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^kalender-2031-0[89]-\d\d\.csv$/);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toContain('Soort;Titel;Datum;Begin');
    expect(text).toContain(`Activiteit;Exportproef ${tag};16-09-2031;10:00;`);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('link', { name: 'Excel downloaden' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    // An .xlsx file is a zip archive.
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lets an administrator see and download everything the organisation holds, also on a phone', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@planbord.local');
    await page.goto('/beheer');
    await page.getByRole('link', { name: 'Gegevens exporteren' }).click();
    await page.getByRole('heading', { name: 'Gegevens exporteren' }).waitFor();
    const table = page.getByRole('table', { name: 'Tabellen in de export' });
    await table.getByRole('cell', { name: 'signals', exact: true }).waitFor();
    expect(await page.getByText(/De export bevat nu [\d.]+ rijen in \d+ tabellen\./).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export downloaden' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      format: string;
      tables: Record<string, unknown[]>;
    };
    expect(exported.format).toBe('planbord-organisation');
    expect(exported.tables.users.length).toBeGreaterThan(0);

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it('shows an editor no such page', async () => {
    const page = await newPage(browser);
    await login(page, 'editor@planbord.local');
    await page.goto('/beheer/export');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Export downloaden' }).count()).toBe(0);
    await page.context().close();
  });
});
