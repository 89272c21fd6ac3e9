import type { Browser, Page } from 'playwright-core';
import { apiAs, launchBrowser, login, newPage, seriousA11yViolations } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A word no other test (nor the demo) uses, so this test's signals are its own. */
const uniqueWord = () => `import${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** A monitoring tool's export as a Dutch spreadsheet saves it: a BOM, semicolons, Dutch headers, a row without date. */
function exportFile(word: string) {
  const lines = [
    'datum;auteur;bericht;url',
    `14-03-2025 09:30;Ans de Vries;${word}: losse stoeptegel op de Molenweg;https://example.org/${word}/1`,
    `;Piet Bakker;${word}: zonder datum;https://example.org/${word}/2`,
  ];
  return {
    name: `${word}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]),
  };
}

async function checkFile(page: Page, file: ReturnType<typeof exportFile>) {
  await page.goto('/nieuwsroom/instellingen/importeren');
  await page.getByLabel('Bestand (CSV)').setInputFiles(file);
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await page.getByRole('heading', { name: `Controle van ${file.name}` }).waitFor();
}

describe('the signal file import', () => {
  it('lets a member check an export, see its problems, import it once and find nothing new the second time', async () => {
    const word = uniqueWord();
    const file = exportFile(word);
    const page = await newPage(browser);
    await login(page, 'member@planbord.local');

    await checkFile(page, file);
    // The guessed mapping, changeable per field.
    expect(await page.getByLabel('Datum (verplicht)').inputValue()).toBe('datum');
    expect(await page.getByLabel('Bericht (verplicht)').inputValue()).toBe('bericht');
    expect(await page.getByLabel('Auteur', { exact: true }).inputValue()).toBe('auteur');
    expect(await page.getByLabel('Link', { exact: true }).inputValue()).toBe('url');
    // The first row as it will be imported, and the row without date as a problem of row 3.
    const rows = page.getByRole('table', { name: 'De eerste regels zoals ze worden geïmporteerd' });
    await rows.getByRole('cell', { name: 'Ans de Vries' }).waitFor();
    const problems = page.getByRole('table', { name: 'Problemen per regel' });
    const problem = problems.getByRole('row').filter({ hasText: 'Datum' });
    expect(await problem.getByRole('cell').first().textContent()).toBe('3');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Nothing written before the import itself.
    const api = await apiAs('member@planbord.local');
    const count = async () =>
      (
        await api<{ signals: { totalCount: number } }>(
          'query($f: SignalFilter) { signals(filter: $f, first: 20) { totalCount } }',
          {
            f: { search: word },
          },
        )
      ).signals.totalCount;
    expect(await count()).toBe(0);

    // Another mapping shows its effect at once: without the author column the preview has no author.
    await page.getByLabel('Auteur', { exact: true }).selectOption('');
    await rows.getByRole('columnheader', { name: 'Auteur' }).waitFor({ state: 'detached' });
    await page.getByLabel('Auteur', { exact: true }).selectOption('auteur');
    await rows.getByRole('columnheader', { name: 'Auteur' }).waitFor();

    await page.getByRole('button', { name: 'Importeren (1 signalen)' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByText('1 toegevoegd, 0 waren er al, 1 overgeslagen om problemen.').waitFor();
    expect(await count()).toBe(1);

    // The same file again: the dry run says so, and the import adds nothing.
    await checkFile(page, file);
    await page.getByText('Dit bestand is al eerder geïmporteerd').waitFor();
    await page.getByRole('button', { name: /^Importeren \(/ }).click();
    await page.getByText(/^0 toegevoegd, 1 waren er al/).waitFor();
    expect(await count()).toBe(1);
  });

  it('fits a phone of 320 px', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 320, height: 640 });
    await login(page, 'member@planbord.local');
    await checkFile(page, exportFile(uniqueWord()));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

describe("erasing a resident's data", () => {
  it('is for editors: the signal keeps its message without the name, and members do not see the section', async () => {
    const word = uniqueWord();
    const member = await apiAs('member@planbord.local');
    const { recordSignal } = await member<{ recordSignal: { id: string } }>(
      'mutation($i: SignalInput!) { recordSignal(input: $i) { id } }',
      {
        i: {
          source: 'FACEBOOK',
          body: `${word}: vraag over de afvalpas`,
          authorName: 'Kees Verwijder',
          authorHandle: `@kv${word}`,
        },
      },
    );

    const memberPage = await newPage(browser);
    await login(memberPage, 'member@planbord.local');
    await memberPage.goto('/nieuwsroom/instellingen/importeren');
    await memberPage.getByRole('link', { name: 'Importeren' }).waitFor();
    expect(await memberPage.getByRole('link', { name: 'Gegevens wissen' }).count()).toBe(0);

    const page = await newPage(browser);
    await login(page, 'editor@planbord.local');
    await page.goto('/nieuwsroom/instellingen/gegevens');
    await page.getByLabel('Account van de inwoner').fill(`@kv${word}`);
    await page.getByRole('button', { name: 'Gegevens wissen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gegevens definitief wissen?' });
    await dialog.getByText('Dit kan niet ongedaan worden gemaakt.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
    await page.getByText(`1 signalen geanonimiseerd (@kv${word}).`).waitFor();

    const { signal } = await member<{
      signal: { body: string; authorName: string | null; authorHandle: string | null };
    }>('query($id: ID!) { signal(id: $id) { body authorName authorHandle } }', { id: recordSignal.id });
    expect(signal.body).toContain(word);
    expect(signal.authorName).not.toBe('Kees Verwijder');
    expect(signal.authorHandle).not.toBe(`@kv${word}`);
    await page.goto(`/nieuwsroom?signaal=${recordSignal.id}`);
    await page.getByText(`${word}: vraag over de afvalpas`).first().waitFor();
    expect(await page.getByText('Kees Verwijder').count()).toBe(0);
  });
});

describe('the to-review filter of the inbox', () => {
  it('is kept in the address and comes back after a reload', async () => {
    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto('/nieuwsroom');
    const select = page.getByLabel('Terug ter controle');
    await select.selectOption('ja');
    await page.waitForURL((url) => url.searchParams.get('nakijken') === 'ja');
    await page.reload();
    expect(await page.getByLabel('Terug ter controle').inputValue()).toBe('ja');
  });
});
