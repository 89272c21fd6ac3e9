import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, login, newPage, ROOT, seriousA11yViolations, startApp } from './harness';
import { join } from 'node:path';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const DEMO_NAMES: Record<string, string> = {
  'admin@planbord.local': 'Anouk Bakker',
  'editor@planbord.local': 'Eva de Jong',
  'member@planbord.local': 'Daan Smit',
  'liaison@planbord.local': 'Pieter de Boer',
};
const nameOf = (email: string) => DEMO_NAMES[email];

describe('signing in', () => {
  const roles: [string, string, boolean][] = [
    ['admin@planbord.local', 'Beheerder', true],
    ['editor@planbord.local', 'Eindredacteur', true],
    ['member@planbord.local', 'Mediateamlid', false],
    ['liaison@planbord.local', 'Contactpersoon afdeling', false],
  ];
  for (const [email, roleName, seesAdministration] of roles) {
    it(`${email} logs in and sees the navigation of a ${roleName}, with no serious accessibility problems`, async () => {
      const page = await newPage(browser);
      await page.goto('/');
      await page.getByRole('heading', { name: 'Inloggen bij Planbord' }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await login(page, email);
      await page.getByRole('group', { name: `Ingelogd als ${nameOf(email)}, ${roleName}` }).waitFor();
      await nav(page).getByRole('link', { name: 'Mijn account' }).waitFor();
      expect(await nav(page).getByRole('link', { name: 'Beheer' }).count()).toBe(seesAdministration ? 1 : 0);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await nav(page).getByRole('link', { name: 'Mijn account' }).click();
      await page.getByLabel('Huidig wachtwoord').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByRole('heading', { name: 'Inloggen bij Planbord' }).waitFor();
      await page.context().close();
    });
  }

  it('shows a clear message for a wrong password', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill('member@planbord.local');
    await page.getByLabel('Wachtwoord').fill('dit is niet het wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('E-mailadres of wachtwoord klopt niet.');
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.context().close();
  });

  it('speaks English on request', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Password').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.context().close();
  });
});

describe('administration', () => {
  it('an administrator creates a person, who then logs in with their own password', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@planbord.local');
    await nav(page).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { name: 'Personen' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nieuwe persoon' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Naam').fill('Bram Kuipers');
    await dialog.getByLabel('E-mailadres').fill('bram.kuipers@lindeveld.nl');
    await dialog.getByLabel('Rol').selectOption({ label: 'Mediateamlid' });
    await dialog.getByLabel('Wachtwoord').fill('te kort');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('Minimaal 10 tekens.', { exact: true }).waitFor();
    await dialog.getByLabel('Wachtwoord').fill('bram-zijn-wachtwoord');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Bram Kuipers is toegevoegd.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    for (const section of ['Afdelingen', 'Kanalen', "Thema's", 'Doelgroepen']) {
      await nav(page).getByRole('link', { name: section }).click();
      await page.getByRole('heading', { name: section }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
    await page.context().close();

    const bram = await newPage(browser);
    await login(bram, 'bram.kuipers@lindeveld.nl', 'bram-zijn-wachtwoord');
    await bram.getByText('Welkom, Bram Kuipers.', { exact: false }).waitFor();
    await bram.context().close();
  });
});

describe('house style', () => {
  it('follows an organisation NL Design System theme from THEME_CSS, without a rebuild', async () => {
    const themed = await startApp({ THEME_CSS: join(ROOT, 'node_modules/@utrecht/design-tokens/dist/theme.css') });
    try {
      const style = async (url: string) => {
        const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
        const page = await context.newPage();
        await page.goto(`${url}/login`);
        const button = page.getByRole('button', { name: 'Inloggen' });
        await button.waitFor();
        const result = await button.evaluate((el) => {
          const s = getComputedStyle(el);
          return {
            background: s.backgroundColor,
            font: getComputedStyle(document.body).fontFamily,
            htmlClass: document.documentElement.className,
          };
        });
        await context.close();
        return result;
      };
      const plain = await style(appUrl());
      const utrecht = await style(themed.url);
      expect(utrecht.htmlClass).toContain('utrecht-theme');
      expect(plain.htmlClass).not.toContain('utrecht-theme');
      expect(utrecht.background).not.toBe(plain.background);
      expect(utrecht.font).not.toBe(plain.font);
    } finally {
      await themed.stop();
    }
  });
});
