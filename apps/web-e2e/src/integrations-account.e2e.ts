import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, login, newPage, seriousA11yViolations } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const feeds = (page: Page) => page.getByRole('region', { name: 'Agenda-abonnementen' });
const tokens = (page: Page) => page.getByRole('region', { name: 'API-sleutels' });

async function accountPage(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl() });
  await login(page, 'member@planbord.local');
  await page.goto('/account');
  await feeds(page).getByRole('heading', { name: 'Agenda-abonnementen' }).waitFor();
}

describe('Mijn account: calendar feeds and API tokens', () => {
  it('a member makes a feed of a department, copies and fetches its address, and stops it', async () => {
    const page = await newPage(browser);
    await accountPage(page);
    const section = feeds(page);
    await section.getByRole('radio', { name: 'Een afdeling' }).check();
    await section.getByRole('button', { name: 'Abonnement maken' }).click();
    await section.getByText('Kies er een.').waitFor();
    const picker = section.getByLabel('Afdeling', { exact: true });
    const department = (await picker.locator('option').nth(1).textContent())!;
    await picker.selectOption({ label: department });
    await section.getByRole('button', { name: 'Abonnement maken' }).click();

    const address = section.getByLabel('Adres van het abonnement');
    await address.waitFor();
    const url = (await address.textContent())!.trim();
    expect(url).toMatch(/\/ical\/[A-Za-z0-9_-]+\.ics$/);
    await section.getByRole('button', { name: 'Adres kopiëren' }).click();
    await section.getByText('Gekopieerd.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

    const name = `Een afdeling: ${department}`;
    const list = section.getByRole('list', { name: 'Mijn abonnementen' });
    await list.getByText(name).first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    const before = await list.getByRole('listitem').count();
    await list
      .getByRole('button', { name: `Abonnement "${name}" stoppen` })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: `Abonnement "${name}" stoppen?` });
    await dialog.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Stoppen' }).click();
    await section.getByText('Het abonnement is gestopt.').waitFor();
    await page.waitForFunction(
      (count) =>
        document.querySelectorAll('[aria-label="Mijn abonnementen"] li').length === count - 1 ||
        (count === 1 && !document.querySelector('[aria-label="Mijn abonnementen"]')),
      before,
    );
    expect((await page.request.get(url)).status()).toBe(404);
    await page.context().close();
  });

  it('a member makes an API token, sees it once with an example request, finds it in the list and stops it', async () => {
    const page = await newPage(browser);
    await accountPage(page);
    const section = tokens(page);
    await section.getByRole('button', { name: 'Sleutel maken' }).click();
    await section.getByText('Vul dit veld in.').waitFor();

    const name = `Rapportage ${randomBytes(3).toString('hex')}`;
    await section.getByLabel('Naam').fill(name);
    await section.getByRole('button', { name: 'Sleutel maken' }).click();
    const shown = section.getByLabel('API-sleutel', { exact: true });
    await shown.waitFor();
    const token = (await shown.textContent())!.trim();
    expect(token).toMatch(/^pbt_[A-Za-z0-9_-]+$/);
    await section.getByText(`Authorization: Bearer ${token}`).waitFor();
    await section.getByRole('button', { name: 'Sleutel kopiëren' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

    const me = await page.request.post('/graphql', {
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      data: { query: '{ me { name } }' },
    });
    expect(((await me.json()) as { data: { me: { name: string } } }).data.me.name).toBe('Daan Smit');

    const list = section.getByRole('list', { name: 'Mijn sleutels' });
    const item = list.getByRole('listitem').filter({ hasText: name });
    await item.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Shown once: after a reload the list has the name, never the token.
    await page.reload();
    await item.waitFor();
    expect(await page.content()).not.toContain(token);

    // By keyboard: Enter opens the question, Escape leaves it with nothing stopped, Enter again and confirm.
    const stop = item.getByRole('button', { name: `Sleutel "${name}" stoppen` });
    await stop.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Sleutel "${name}" stoppen?` });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Stoppen');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Stoppen' }).click();
    await section.getByText('De sleutel is gestopt.').waitFor();
    await item.waitFor({ state: 'detached' });
    const refused = await page.request.post('/graphql', {
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      data: { query: '{ me { name } }' },
    });
    expect(refused.status()).toBe(401);
    await page.context().close();
  });

  it('works on a 320 pixel wide phone without scrolling sideways', async () => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      locale: 'nl-NL',
      baseURL: appUrl(),
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await login(page, 'member@planbord.local');
    await page.goto('/account');
    const section = feeds(page);
    await section.getByRole('button').first().waitFor();
    await tokens(page).getByLabel('Naam').fill('Telefoon');
    await tokens(page).getByRole('button', { name: 'Sleutel maken' }).click();
    await tokens(page).getByLabel('API-sleutel', { exact: true }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
