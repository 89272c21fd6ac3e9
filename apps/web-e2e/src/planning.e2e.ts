import type { Browser, Page } from 'playwright-core';
import { launchBrowser, login, newPage, seriousA11yViolations } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const inDays = (n: number) => new Date(Date.now() + n * 86400_000).toISOString().slice(0, 10);

describe('event requests', () => {
  it('a request sent again after its answer was lost is submitted once', async () => {
    const title = `Wijkschouw ${Date.now() % 100000}`;
    const liaison = await newPage(browser);
    await login(liaison, 'liaison@planbord.local');
    await liaison.goto('/aanvragen');
    await liaison.getByRole('heading', { name: 'Nieuwe aanvraag' }).waitFor();
    await liaison.getByLabel('Titel van de activiteit (verplicht)').fill(title);
    await liaison.getByLabel('Datum begin (verplicht)').fill(inDays(22));
    await liaison.getByLabel('Begintijd (verplicht)').fill('10:00');
    await liaison.getByLabel('Datum einde (verplicht)').fill(inDays(22));
    await liaison.getByLabel('Eindtijd (verplicht)').fill('12:00');
    // The first submission reaches the server, but its answer never reaches the browser.
    let lost = false;
    await liaison.route('**/graphql', async (route) => {
      if (!lost && route.request().postData()?.includes('SubmitEventRequest')) {
        lost = true;
        await route.fetch();
        await route.abort('connectionreset');
      } else await route.continue();
    });
    await liaison.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await liaison.getByRole('alert').filter({ hasText: 'Planbord is nu niet bereikbaar.' }).first().waitFor();
    expect(lost).toBe(true);
    await liaison.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await liaison.getByText(`Je aanvraag ‘${title}’ is ingediend.`, { exact: false }).waitFor();
    await liaison.unroute('**/graphql');
    await liaison.reload();
    await liaison.getByRole('article', { name: title }).waitFor();
    expect(await liaison.getByRole('article', { name: title }).count()).toBe(1);
    await liaison.context().close();
  });

  it('a liaison asks for coverage, a member accepts it with a note, and the liaison sees it planned', async () => {
    const title = `Opening speeltuin ${Date.now() % 100000}`;
    const liaison = await newPage(browser);
    await login(liaison, 'liaison@planbord.local');
    await nav(liaison).getByRole('link', { name: 'Aanvragen' }).click();
    await liaison.getByRole('heading', { name: 'Nieuwe aanvraag' }).waitFor();
    expect(await seriousA11yViolations(liaison)).toEqual([]);
    await liaison.getByLabel('Titel van de activiteit (verplicht)').fill(title);
    await liaison.getByLabel('Datum begin (verplicht)').fill(inDays(21));
    await liaison.getByLabel('Begintijd (verplicht)').fill('14:00');
    await liaison.getByLabel('Datum einde (verplicht)').fill(inDays(21));
    await liaison.getByLabel('Eindtijd (verplicht)').fill('16:00');
    await liaison.getByLabel('Locatie').fill('Speeltuin De Eekhoorn');
    await liaison.getByLabel('Notitie voor het mediateam').fill('De wethouder knipt het lint door.');
    await liaison.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await liaison.getByText(`Je aanvraag ‘${title}’ is ingediend.`, { exact: false }).waitFor();
    const mine = liaison.getByRole('article', { name: title });
    await mine.getByText('Aangevraagd').waitFor();

    const member = await newPage(browser);
    await login(member, 'member@planbord.local');
    await nav(member).getByRole('link', { name: 'Aanvragen' }).click();
    const request = member.getByRole('article', { name: title });
    await request.waitFor();
    expect(await seriousA11yViolations(member)).toEqual([]);
    await request.getByLabel('Toelichting voor de aanvrager').fill('Daan komt fotograferen.');
    await request.getByRole('button', { name: `Accepteren en inplannen: ${title}` }).click();
    await member.getByText(`‘${title}’ is geaccepteerd en staat nu gepland.`).waitFor();
    // The notice leads to the event it became.
    await member.getByRole('link', { name: `Bekijk ‘${title}’ in de kalender` }).click();
    const drawer = member.getByRole('dialog', { name: title });
    await drawer.waitFor();
    // The liaison's note is among the first facts, above the history.
    const noteAboveHistory = await drawer.evaluate((element) => {
      const note = [...element.querySelectorAll('dd')].find(
        (dd) => dd.textContent === 'De wethouder knipt het lint door.',
      );
      const history = [...element.querySelectorAll('h3')].find((h) => h.textContent === 'Geschiedenis');
      return !!note && !!history && (note.compareDocumentPosition(history) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(noteAboveHistory).toBe(true);
    await member.goBack();

    await liaison.reload();
    const planned = liaison.getByRole('article', { name: title });
    await planned.getByText('Gepland').waitFor();
    await planned.getByText('Daan komt fotograferen.').waitFor();
    await liaison.context().close();
    await member.context().close();
  });
});

describe('rubrics', () => {
  it('a member builds "first Friday of the month at 10:00" and sees the next dates', async () => {
    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await nav(page).getByRole('link', { name: 'Rubrieken' }).click();
    await page.getByRole('button', { name: 'Nieuwe rubriek' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe rubriek' });
    await dialog.getByLabel('Naam').fill('Eerste vrijdag test');
    await dialog.getByRole('radio', { name: 'Maandelijks op de zoveelste weekdag' }).check();
    await dialog.getByLabel('Welke', { exact: true }).selectOption({ index: 0 });
    await dialog.getByLabel('Weekdag', { exact: true }).selectOption({ label: 'vrijdag' });
    await dialog.getByLabel('Tijd', { exact: true }).fill('10:00');
    const preview = dialog.getByRole('list', { name: 'Volgende 10 datums' });
    // The preview follows the rule after a short pause; wait until it shows the new one.
    let dates: string[] = [];
    for (let i = 0; i < 50; i++) {
      dates = await preview.getByRole('listitem').allTextContents();
      if (dates.length === 10 && dates.every((d) => d.startsWith('vrijdag'))) break;
      await page.waitForTimeout(200);
    }
    expect(dates).toHaveLength(10);
    for (const date of dates) expect(date).toMatch(/^vrijdag \d{1,2} [a-z]+ \d{4} om 10:00( feestdag: .+)?$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});
