import type { Browser, Page } from 'playwright-core';
import { launchBrowser, login, newPage, seriousA11yViolations, startApp, type RunningApp } from './harness';

let browser: Browser;
/** An app that has a mail server configured; the run's own app has none. Nothing is sent during these journeys. */
let withMail: RunningApp;
beforeAll(async () => {
  browser = await launchBrowser();
  withMail = await startApp({ SMTP_URL: 'smtp://127.0.0.1:2525', PUBLIC_URL: 'https://planbord.example.test' });
}, 120_000);
afterAll(async () => {
  await withMail?.stop();
  await browser.close();
});

const emailSection = (page: Page) => page.getByRole('region', { name: 'E-mail' });

async function sidewaysOverflow(page: Page): Promise<number> {
  const viewport = page.viewportSize()!.width;
  return page.evaluate((viewport) => document.documentElement.scrollWidth - viewport, viewport);
}

describe('e-mail notifications in Mijn account', () => {
  it('a member switches one kind off and chooses the daily digest by keyboard, and finds both kept after a reload', async () => {
    const page = await newPage(browser, 'nl-NL', withMail.url);
    await login(page, 'member@planbord.local');
    await page.goto('/account');
    const section = emailSection(page);
    const assigned = section.getByRole('checkbox', { name: 'ik ben ingedeeld' });
    await assigned.waitFor();
    expect(await assigned.isChecked()).toBe(true);
    expect(await section.getByRole('radio', { name: 'Meteen: een e-mail per melding' }).isChecked()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await assigned.focus();
    await page.keyboard.press('Space');
    expect(await assigned.isChecked()).toBe(false);
    const digest = section.getByRole('radio', { name: 'Eén keer per dag een overzicht (om 07:30)' });
    await section.getByRole('radio', { name: 'Meteen: een e-mail per melding' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await digest.isChecked()).toBe(true);
    await section.getByRole('button', { name: 'E-mailinstellingen opslaan' }).focus();
    await page.keyboard.press('Enter');
    await section.getByRole('status').filter({ hasText: 'Je e-mailinstellingen zijn opgeslagen.' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.reload();
    await emailSection(page).getByRole('checkbox', { name: 'ik ben ingedeeld' }).waitFor();
    expect(await emailSection(page).getByRole('checkbox', { name: 'ik ben ingedeeld' }).isChecked()).toBe(false);
    expect(await emailSection(page).getByRole('checkbox', { name: 'iemand mijn beoordeling vraagt' }).isChecked()).toBe(
      true,
    );
    expect(
      await emailSection(page).getByRole('radio', { name: 'Eén keer per dag een overzicht (om 07:30)' }).isChecked(),
    ).toBe(true);
    await page.context().close();
  });

  it('fits a 320 px wide phone without scrolling sideways', async () => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      locale: 'nl-NL',
      baseURL: withMail.url,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await login(page, 'liaison@planbord.local');
    await page.goto('/account');
    await emailSection(page).getByRole('button', { name: 'E-mailinstellingen opslaan' }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('says so when the server sends no e-mail, instead of offering switches', async () => {
    const page = await newPage(browser);
    await login(page, 'editor@planbord.local');
    await page.goto('/account');
    await emailSection(page)
      .getByText('E-mail is niet ingesteld op deze server: Planbord verstuurt geen e-mails.', { exact: false })
      .waitFor();
    expect(await emailSection(page).getByRole('checkbox').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});
