import type { Browser, Page } from 'playwright-core';
import { apiAs, appUrl, launchBrowser, login, seriousA11yViolations } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const PHONES = [
  { name: 'a phone of 390 × 844', width: 390, height: 844 },
  { name: 'the smallest phone, 320 × 640 (WCAG 1.4.10 Reflow)', width: 320, height: 640 },
] as const;
const ROLES = ['admin', 'editor', 'member', 'liaison'] as const;
const localDate = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);

async function phonePage(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'nl-NL',
    baseURL: appUrl(),
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  return context.newPage();
}

/**
 * How far the page reaches beyond the screen sideways; 0 or less when nothing scrolls horizontally. Measured against
 * the screen's own width: a mobile browser widens its layout viewport to content that does not fit.
 */
async function sidewaysOverflow(page: Page): Promise<{ overflow: number; widest: string[] }> {
  const viewport = page.viewportSize()!.width;
  return page.evaluate((viewport) => {
    const overflow = document.documentElement.scrollWidth - viewport;
    // Name what sticks out, so a failure says where to look.
    const widest = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > viewport + 1)
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (${Math.round(element.getBoundingClientRect().right)} px)`,
      );
    return { overflow, widest };
  }, viewport);
}

/** Waits until the page has drawn its content: a heading, and no loading spinner left. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page
    .locator('.planbord-loading')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.waitForFunction(() => document.querySelectorAll('.planbord-loading').length === 0);
}

async function openMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Menu' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
}

/** Every page the role's navigation leads to, and the calendar's other views. */
async function pagesOf(page: Page): Promise<string[]> {
  await openMenu(page);
  const links = await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link')
    .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  await page.keyboard.press('Escape');
  return [...new Set([...links, '/kalender?weergave=week', '/kalender?weergave=list'])];
}

describe.each(PHONES)('on $name', ({ width, height }) => {
  it.each(ROLES)('no page of the %s scrolls sideways, and axe finds nothing serious', async (role) => {
    const page = await phonePage(width, height);
    await login(page, `${role}@planbord.local`);
    const failures: string[] = [];
    const pages = await pagesOf(page);
    expect(pages.length).toBeGreaterThan(3);
    // Everyone may propose a channel; editors and admins decide on the proposals under Beheer.
    expect(pages).toContain('/kanaalvoorstellen');
    if (role === 'admin' || role === 'editor') expect(pages).toContain('/beheer/kanaalvoorstellen');
    for (const path of pages) {
      await page.goto(path);
      await settled(page);
      const { overflow, widest } = await sidewaysOverflow(page);
      if (overflow > 0) failures.push(`${path}: ${overflow} px too wide: ${widest.join(', ')}`);
      if (width === 390) failures.push(...(await seriousA11yViolations(page)));
    }
    // The menu itself, opened.
    await page.goto('/kalender');
    await settled(page);
    await openMenu(page);
    const { overflow, widest } = await sidewaysOverflow(page);
    if (overflow > 0) failures.push(`menu: ${overflow} px too wide: ${widest.join(', ')}`);
    if (width === 390) failures.push(...(await seriousA11yViolations(page)));
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it('the login page fits too', async () => {
    const page = await phonePage(width, height);
    await page.goto('/login');
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    expect((await sidewaysOverflow(page)).overflow).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('dialogs on a phone', () => {
  const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

  /** The open dialog covers the screen, nothing scrolls sideways, and axe finds nothing serious. */
  async function checkDialog(page: Page, name: string): Promise<void> {
    const dialog = page.getByRole('dialog', { name });
    await dialog.waitFor();
    expect((await dialog.boundingBox())!.width).toBe(page.viewportSize()!.width);
    const { overflow, widest } = await sidewaysOverflow(page);
    expect({ overflow: Math.max(overflow, 0), widest: overflow > 0 ? widest : [] }).toEqual({
      overflow: 0,
      widest: [],
    });
    expect(await seriousA11yViolations(page)).toEqual([]);
  }

  it.each(PHONES)('proposing a channel and deciding on a proposal fit $name', async ({ width, height }) => {
    const liaison = await phonePage(width, height);
    await login(liaison, 'liaison@planbord.local');
    await liaison.goto('/kanaalvoorstellen');
    await settled(liaison);
    await liaison.getByRole('button', { name: 'Nieuw kanaal voorstellen' }).click();
    await checkDialog(liaison, 'Nieuw kanaal voorstellen');
    await liaison.context().close();

    const name = `Bluesky Wijkraad ${unique()}`;
    const member = await apiAs('member@planbord.local');
    await member('mutation($i: ChannelProposalInput!) { proposeChannel(input: $i) { id } }', {
      i: { name, kind: 'BLUESKY', reason: 'De wijkraad is daar actief.' },
    });
    const editor = await phonePage(width, height);
    await login(editor, 'editor@planbord.local');
    await editor.goto('/beheer/kanaalvoorstellen');
    await settled(editor);
    await editor.getByRole('button', { name: `Goedkeuren ${name}` }).click();
    await checkDialog(editor, `‘${name}’ goedkeuren`);
    await editor.context().close();
  });

  it.each(PHONES)('deactivating a person with an open job fits $name', async ({ width, height }) => {
    const admin = await apiAs('admin@planbord.local');
    const editor = await apiAs('editor@planbord.local');
    const name = `Fenna Bos ${unique()}`;
    const { createUser } = await admin<{ createUser: { id: string } }>(
      'mutation($i: UserInput!) { createUser(input: $i) { id } }',
      {
        i: {
          name,
          email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@lindeveld.test`,
          role: 'MEMBER',
          password: 'een-goed-wachtwoord',
          weeklyHours: 32,
        },
      },
    );
    const { createEvent } = await editor<{ createEvent: { id: string } }>(
      'mutation($i: EventInput!) { createEvent(input: $i) { id } }',
      {
        i: {
          title: `Zomermarkt ${unique()}`,
          startsAt: '2031-06-07T10:00:00+02:00',
          endsAt: '2031-06-07T15:00:00+02:00',
        },
      },
    );
    await editor('mutation($i: AssignInput!) { assign(input: $i) { id } }', {
      i: { eventId: createEvent.id, userId: createUser.id, role: 'COVER' },
    });

    const page = await phonePage(width, height);
    await login(page, 'admin@planbord.local');
    await page.goto('/beheer/personen');
    await settled(page);
    await page.getByLabel('Zoeken').fill(name);
    await page.getByRole('button', { name: `Deactiveren ${name}` }).click();
    await page
      .getByRole('dialog', { name: `${name} deactiveren?` })
      .getByRole('heading', { name: 'Open taken (1)' })
      .waitFor();
    await checkDialog(page, `${name} deactiveren?`);
    await page.context().close();
  });
});

describe('the menu on a phone', () => {
  it('folds the navigation behind a button that says whether it is open, moves the focus in, and closes on Escape', async () => {
    const page = await phonePage(390, 844);
    await login(page, 'member@planbord.local');
    const button = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);

    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await nav.waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe(
      'Hoofdmenu',
    );

    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await nav.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Menu');

    // Choosing a page closes it and takes the focus to the page's heading.
    await button.click();
    await nav.getByRole('link', { name: 'Kalender' }).click();
    await page.getByRole('heading', { name: 'Kalender', level: 1 }).waitFor();
    await nav.waitFor({ state: 'hidden' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });
});

describe('the calendar on a phone', () => {
  it('shows the month as an agenda grouped by day, in time order, and opens an item as a full-screen sheet', async () => {
    const api = await apiAs('member@planbord.local');
    const day = new Date(Date.now() + 12 * 86400_000);
    const at = (hour: number) =>
      new Date(`${localDate(day)}T${String(hour).padStart(2, '0')}:00:00+01:00`).toISOString();
    const tag = `${Date.now() % 100000}`;
    const { channels } = await api<{ channels: { id: string; kind: string }[] }>('{ channels { id kind } }');
    await api(
      'mutation($s: DateTime!, $e: DateTime!, $t: String!) { createEvent(input: { title: $t, startsAt: $s, endsAt: $e }) { id } }',
      { s: at(11), e: at(12), t: `Elf uur ${tag}` },
    );
    await api(
      'mutation($s: DateTime!, $t: String!, $c: ID!) { createAdHocSlot(input: { title: $t, startsAt: $s, channelId: $c }) { id } }',
      { s: at(12), t: `Twaalf uur ${tag}`, c: channels[0].id },
    );
    await api(
      'mutation($c: ID!, $t: String!, $p: DateTime!) { createPost(input: { channelId: $c, title: $t, body: "Vroeg op pad.", plannedAt: $p }) { id } }',
      { c: channels[0].id, t: `Negen uur ${tag}`, p: at(9) },
    );

    const page = await phonePage(390, 844);
    await login(page, 'member@planbord.local');
    for (const view of ['month', 'week', 'list']) {
      await page.goto(`/kalender?datum=${localDate(day)}&weergave=${view}`);
      const agendaDay = page.locator(`.planbord-agenda__day[data-date="${localDate(day)}"]`);
      await agendaDay.getByText(`Elf uur ${tag}`).waitFor();
      expect(await page.getByRole('grid').count()).toBe(0);
      expect(await page.getByRole('table').count()).toBe(0);
      const titles = (await agendaDay.locator('.planbord-calendar-item__title').allTextContents()).filter((title) =>
        title.endsWith(tag),
      );
      expect(titles).toEqual([`Negen uur ${tag}`, `Elf uur ${tag}`, `Twaalf uur ${tag}`]);
    }
    await page.getByRole('button', { name: new RegExp(`Elf uur ${tag}`) }).click();
    const sheet = page.getByRole('dialog', { name: `Elf uur ${tag}` });
    await sheet.waitFor();
    const box = await sheet.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
    expect((await sidewaysOverflow(page)).overflow).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
  it('says so when a month has nothing of its own, even when the neighbouring days the grid would show do', async () => {
    const admin = await apiAs('admin@planbord.local');
    const editor = await apiAs('editor@planbord.local');
    const tag = `${Date.now() % 100000}`;
    const { createDepartment } = await admin<{ createDepartment: { id: string } }>(
      'mutation($n: String!) { createDepartment(input: { name: $n, color: "#2a6f4e" }) { id } }',
      { n: `Wijkzaken ${tag}` },
    );
    // 1 July 2031 is a Tuesday: the month grid of July 2031 starts on Monday 30 June.
    await editor(
      'mutation($d: ID!, $t: String!) { createEvent(input: { title: $t, departmentId: $d, startsAt: "2031-06-30T10:00:00+02:00", endsAt: "2031-06-30T11:00:00+02:00" }) { id } }',
      { d: createDepartment.id, t: `Buurtschouw ${tag}` },
    );

    const page = await phonePage(390, 844);
    await login(page, 'editor@planbord.local');
    await page.goto(`/kalender?datum=2031-07-15&weergave=month&afdeling=${createDepartment.id}`);
    await page.getByText('Niets gevonden met deze filters in deze periode.').waitFor();
    await page.goto(`/kalender?datum=2031-06-15&weergave=month&afdeling=${createDepartment.id}`);
    await page.locator('.planbord-agenda__day[data-date="2031-06-30"]').getByText(`Buurtschouw ${tag}`).waitFor();
    await page.context().close();
  });
});

describe('journeys on a phone', () => {
  it('a liaison submits a request and follows it until it is planned, on 320 pixels', async () => {
    const title = `Buurtfeest ${Date.now() % 100000}`;
    const inDays = (n: number) => localDate(new Date(Date.now() + n * 86400_000));
    // People of their own, so the notifications this sends touch no other test's count.
    const page = await phonePage(320, 640);
    await login(page, 'marieke.janssen@planbord.local');
    await openMenu(page);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanvragen' }).click();
    await page.getByRole('heading', { name: 'Nieuwe aanvraag' }).waitFor();
    await page.getByLabel('Titel van de activiteit (verplicht)').fill(title);
    await page.getByLabel('Datum begin (verplicht)').fill(inDays(24));
    await page.getByLabel('Begintijd (verplicht)').fill('15:00');
    await page.getByLabel('Datum einde (verplicht)').fill(inDays(24));
    await page.getByLabel('Eindtijd (verplicht)').fill('18:00');
    await page.getByLabel('Locatie').fill('Plein De Linde');
    await page.getByLabel('Notitie voor het mediateam').fill('Er komt een draaiorgel.');
    expect((await sidewaysOverflow(page)).overflow).toBeLessThanOrEqual(0);
    const submit = page.getByRole('button', { name: 'Aanvraag indienen' });
    expect((await submit.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await submit.click();
    await page.getByText(`Je aanvraag ‘${title}’ is ingediend.`, { exact: false }).waitFor();
    await page.getByRole('article', { name: title }).getByText('Aangevraagd').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The team accepts it; the liaison follows it on the phone.
    const member = await apiAs('member@planbord.local');
    const { eventRequests } = await member<{ eventRequests: { id: string; version: number; title: string }[] }>(
      '{ eventRequests(status: REQUESTED) { id version title } }',
    );
    const request = eventRequests.find((candidate) => candidate.title === title)!;
    await member(
      'mutation($id: ID!, $v: Int!) { decideEventRequest(id: $id, expectedVersion: $v, accept: true, note: "We komen filmen.") { id } }',
      { id: request.id, v: request.version },
    );
    await page.reload();
    const planned = page.getByRole('article', { name: title });
    await planned.getByText('Gepland').waitFor();
    await planned.getByText('We komen filmen.').waitFor();
    expect((await sidewaysOverflow(page)).overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('a member sees a new job in Mijn werk and accepts it, on 390 pixels', async () => {
    const editor = await apiAs('editor@planbord.local');
    const member = await apiAs('joris.vandijk@planbord.local');
    const { me } = await member<{ me: { id: string } }>('{ me { id } }');
    const starts = new Date(Date.now() + 2 * 86400_000);
    starts.setUTCHours(13, 0, 0, 0);
    const title = `Wijkschouw ${Date.now() % 100000}`;
    const { createEvent } = await editor<{ createEvent: { id: string } }>(
      'mutation($s: DateTime!, $e: DateTime!, $t: String!) { createEvent(input: { title: $t, startsAt: $s, endsAt: $e }) { id } }',
      { s: starts.toISOString(), e: new Date(starts.getTime() + 3600_000).toISOString(), t: title },
    );
    await editor(
      'mutation($e: ID!, $u: ID!) { assign(input: { eventId: $e, userId: $u, role: COVER, estimatedMinutes: 60 }) { id } }',
      { e: createEvent.id, u: me.id },
    );

    const page = await phonePage(390, 844);
    await login(page, 'joris.vandijk@planbord.local');
    await openMenu(page);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn werk' }).click();
    const accept = page.getByRole('button', { name: new RegExp(`^Accepteren.*${title}`) });
    await accept.waitFor();
    expect((await accept.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect((await sidewaysOverflow(page)).overflow).toBeLessThanOrEqual(0);
    await accept.click();
    // Once accepted, the job offers "Klaar" instead.
    await page.getByRole('button', { name: new RegExp(`^Klaar.*${title}`) }).waitFor();
    const { myWork } = await member<{ myWork: { assignments: { status: string; event: { id: string } | null }[] } }>(
      'query($f: DateTime!, $t: DateTime!) { myWork(from: $f, to: $t) { assignments { status event { id } } } }',
      { f: new Date(Date.now() - 86400_000).toISOString(), t: new Date(Date.now() + 20 * 86400_000).toISOString() },
    );
    expect(myWork.assignments.find((assignment) => assignment.event?.id === createEvent.id)?.status).toBe('ACCEPTED');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});
