import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { launchBrowser, login, newPage, seriousA11yViolations } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A year's Dutch calendar sheet as a gemeente keeps it, with `rows` activities and one bad row at the end. */
async function workbook(tag: string, rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Kalender 2033');
  sheet.addRow(['Datum', 'Tijd', 'Titel', 'Locatie', 'Afdeling']);
  for (let i = 0; i < rows; i++)
    sheet.addRow([
      new Date(Date.UTC(2033, 0, 1) + (i % 365) * 86400_000),
      `${String(9 + (i % 8)).padStart(2, '0')}:00`,
      `Activiteit ${i + 1} ${tag}`,
      'Raadhuis',
      '',
    ]);
  sheet.addRow([new Date(Date.UTC(2033, 5, 1)), '10:00', `Onbekend ${tag}`, '', 'Afdeling Nergens']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('importing a calendar from Excel', () => {
  it('checks a 10,000-row sheet, names its bad row, imports it with progress and undoes it', async () => {
    const tag = `${Date.now() % 100000}`;
    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto('/kalender?datum=2033-01-03');
    await page.getByRole('link', { name: 'Importeren' }).click();
    await page.getByRole('heading', { name: 'Kalender importeren' }).waitFor();

    await page.getByLabel('Bestand').setInputFiles({
      name: 'kalender-2033.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await workbook(tag, 10_000),
    });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page
      .getByText(
        'Van de 10.001 rijen worden 10.000 activiteiten en 0 conceptberichten gemaakt; 0 staan al in Planbord en 1 hebben een probleem.',
      )
      .waitFor({ timeout: 60_000 });
    const problems = page.getByRole('table', { name: 'Rijen met een probleem (die worden overgeslagen)' });
    const bad = problems.getByRole('row').filter({ hasText: 'Afdeling Nergens' });
    expect(await bad.getByRole('cell').allTextContents()).toEqual([
      '10002',
      'Afdeling',
      '"Afdeling Nergens" bestaat niet in Planbord; voeg het eerst toe in Beheer of gebruik de naam die daar staat.',
    ]);
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('Titel');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Importeren: 10.000 activiteiten, 0 berichten' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByText('Geïmporteerd', { exact: true }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('progressbar').count()).toBe(0);

    await page.getByRole('link', { name: 'Naar de kalender' }).click();
    await page.goto('/kalender?datum=2033-01-03&weergave=week');
    await page.getByText(`Activiteit 3 ${tag}`).first().waitFor();

    await page.goto('/kalender/importeren');
    const history = page.getByRole('table', { name: 'Mijn imports' });
    await history.getByRole('button', { name: 'kalender-2033.xlsx ongedaan maken' }).first().click();
    await page.getByText('De import is ongedaan gemaakt: wat hij maakte, is uit de kalender.').waitFor();
    await page.goto('/kalender?datum=2033-01-03&weergave=week');
    await page.getByRole('heading', { name: /januari 2033/ }).waitFor();
    expect(await page.getByText(`Activiteit 3 ${tag}`).count()).toBe(0);
    await page.context().close();
  }, 180_000);

  it('works on a phone, and is not offered to a liaison', async () => {
    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/kalender/importeren');
    await page.getByRole('heading', { name: 'Kalender importeren' }).waitFor();
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('Kies een bestand.').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();

    const liaison = await newPage(browser);
    await login(liaison, 'liaison@planbord.local');
    await liaison.goto('/kalender');
    await liaison.getByRole('heading', { name: 'Kalender' }).waitFor();
    expect(await liaison.getByRole('link', { name: 'Importeren' }).count()).toBe(0);
    await liaison.context().close();
  });
});
